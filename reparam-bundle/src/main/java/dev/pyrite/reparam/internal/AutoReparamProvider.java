package dev.pyrite.reparam.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.reparam.AutoReparam;
import dev.pyrite.reparam.AutoReparamOptions;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.ReparamProvider;

/**
 * Publishes {@link AutoReparam} in the plugin registry as {@code "AutoReparam"}.
 *
 * <pre>{@code
 * ReparamProvider<?> p = PluginRegistry.get().find(ReparamProvider.class, "AutoReparam");
 * }</pre>
 */
@ServiceProvider(value = ReparamProvider.class, attribute = "pyrite.name=AutoReparam")
public final class AutoReparamProvider implements ReparamProvider<AutoReparamOptions> {
  @Override
  public String name() {
    return "AutoReparam";
  }

  @Override
  public String description() {
    return "Chooses per site: LocScaleReparam for loc-scale families, TransformReparam for transformed distributions, none otherwise";
  }

  @Override
  public Class<AutoReparamOptions> optionsType() {
    return AutoReparamOptions.class;
  }

  @Override
  public Reparam create(AutoReparamOptions options) {
    return new AutoReparam(options == null ? null : options.centered());
  }
}
