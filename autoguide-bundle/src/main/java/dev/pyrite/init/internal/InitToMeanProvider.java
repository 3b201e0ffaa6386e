package dev.pyrite.init.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.spi.InitOptions;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.InitStrategyProvider;

/** Publishes {@code initToMean} in the plugin registry. */
@ServiceProvider(value = InitStrategyProvider.class, attribute = "pyrite.name=initToMean")
public final class InitToMeanProvider implements InitStrategyProvider {
  @Override
  public String name() {
    return "initToMean";
  }

  @Override
  public String description() {
    return "The prior mean";
  }

  @Override
  public InitStrategy create(InitOptions options) {
    return InitStrategies.initToMean();
  }
}
