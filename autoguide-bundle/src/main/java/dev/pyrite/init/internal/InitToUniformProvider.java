package dev.pyrite.init.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.spi.InitOptions;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.InitStrategyProvider;

/** Publishes {@code initToUniform} in the plugin registry. */
@ServiceProvider(value = InitStrategyProvider.class, attribute = "pyrite.name=initToUniform")
public final class InitToUniformProvider implements InitStrategyProvider {
  @Override
  public String name() {
    return "initToUniform";
  }

  @Override
  public String description() {
    return "Uniform(-2, 2) in unconstrained space";
  }

  @Override
  public InitStrategy create(InitOptions options) {
    return InitStrategies.initToUniform();
  }
}
