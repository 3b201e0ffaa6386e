package dev.pyrite.reparam.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.reparam.LocScaleOptions;
import dev.pyrite.reparam.LocScaleReparam;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.ReparamProvider;

/**
 * Publishes {@link LocScaleReparam} in the plugin registry as {@code "LocScaleReparam"}.
 *
 * <pre>{@code
 * ReparamProvider<?> p = PluginRegistry.get().find(ReparamProvider.class, "LocScaleReparam");
 * }</pre>
 */
@ServiceProvider(value = ReparamProvider.class, attribute = "pyrite.name=LocScaleReparam")
public final class LocScaleReparamProvider implements ReparamProvider<LocScaleOptions> {
  @Override
  public String name() {
    return "LocScaleReparam";
  }

  @Override
  public String description() {
    return "Decenters latent loc-scale sites (fixed or learnable centering)";
  }

  @Override
  public Class<LocScaleOptions> optionsType() {
    return LocScaleOptions.class;
  }

  @Override
  public Reparam create(LocScaleOptions options) {
    return new LocScaleReparam(options == null ? null : options.centered());
  }
}
