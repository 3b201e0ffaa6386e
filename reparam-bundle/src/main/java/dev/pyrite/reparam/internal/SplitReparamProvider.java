package dev.pyrite.reparam.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.reparam.SplitOptions;
import dev.pyrite.reparam.SplitReparam;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.ReparamProvider;

/**
 * Publishes {@link SplitReparam} in the plugin registry as {@code "SplitReparam"}.
 *
 * <pre>{@code
 * ReparamProvider<?> p = PluginRegistry.get().find(ReparamProvider.class, "SplitReparam");
 * }</pre>
 */
@ServiceProvider(value = ReparamProvider.class, attribute = "pyrite.name=SplitReparam")
public final class SplitReparamProvider implements ReparamProvider<SplitOptions> {
  @Override
  public String name() {
    return "SplitReparam";
  }

  @Override
  public String description() {
    return "Splits a site along an event dim into pieces, each its own site";
  }

  @Override
  public Class<SplitOptions> optionsType() {
    return SplitOptions.class;
  }

  @Override
  public Reparam create(SplitOptions options) {
    return SplitReparam.of(options);
  }
}
