package dev.pyrite.reparam.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.reparam.TransformOptions;
import dev.pyrite.reparam.TransformReparam;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.ReparamProvider;

/**
 * Publishes {@link TransformReparam} in the plugin registry as {@code "TransformReparam"}.
 *
 * <pre>{@code
 * ReparamProvider<?> p = PluginRegistry.get().find(ReparamProvider.class, "TransformReparam");
 * }</pre>
 */
@ServiceProvider(value = ReparamProvider.class, attribute = "pyrite.name=TransformReparam")
public final class TransformReparamProvider implements ReparamProvider<TransformOptions> {
  @Override
  public String name() {
    return "TransformReparam";
  }

  @Override
  public String description() {
    return "Samples the base of a transformed distribution and applies its transform";
  }

  @Override
  public Class<TransformOptions> optionsType() {
    return TransformOptions.class;
  }

  @Override
  public Reparam create(TransformOptions options) {
    return new TransformReparam();
  }
}
