package dev.pyrite.reparam.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.reparam.DiscreteCosineOptions;
import dev.pyrite.reparam.DiscreteCosineReparam;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.ReparamProvider;

/**
 * Publishes {@link DiscreteCosineReparam} in the plugin registry as {@code
 * "DiscreteCosineReparam"}.
 *
 * <pre>{@code
 * ReparamProvider<?> p = PluginRegistry.get().find(ReparamProvider.class, "DiscreteCosineReparam");
 * }</pre>
 */
@ServiceProvider(value = ReparamProvider.class, attribute = "pyrite.name=DiscreteCosineReparam")
public final class DiscreteCosineReparamProvider implements ReparamProvider<DiscreteCosineOptions> {
  @Override
  public String name() {
    return "DiscreteCosineReparam";
  }

  @Override
  public String description() {
    return "Samples a real site in orthonormal DCT-II coefficients along an event dim";
  }

  @Override
  public Class<DiscreteCosineOptions> optionsType() {
    return DiscreteCosineOptions.class;
  }

  @Override
  public Reparam create(DiscreteCosineOptions options) {
    return new DiscreteCosineReparam(options == null ? -1 : options.dimOrDefault());
  }
}
