package dev.pyrite.reparam.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.reparam.HaarOptions;
import dev.pyrite.reparam.HaarReparam;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.ReparamProvider;

/**
 * Publishes {@link HaarReparam} in the plugin registry as {@code "HaarReparam"}.
 *
 * <pre>{@code
 * ReparamProvider<?> p = PluginRegistry.get().find(ReparamProvider.class, "HaarReparam");
 * }</pre>
 */
@ServiceProvider(value = ReparamProvider.class, attribute = "pyrite.name=HaarReparam")
public final class HaarReparamProvider implements ReparamProvider<HaarOptions> {
  @Override
  public String name() {
    return "HaarReparam";
  }

  @Override
  public String description() {
    return "Samples a real site in orthonormal Haar wavelet coefficients along an event dim";
  }

  @Override
  public Class<HaarOptions> optionsType() {
    return HaarOptions.class;
  }

  @Override
  public Reparam create(HaarOptions options) {
    return new HaarReparam(options == null ? -1 : options.dimOrDefault());
  }
}
