package dev.pyrite.init.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.spi.InitOptions;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.InitStrategyProvider;

/** Publishes {@code initToMedian} in the plugin registry. */
@ServiceProvider(value = InitStrategyProvider.class, attribute = "pyrite.name=initToMedian")
public final class InitToMedianProvider implements InitStrategyProvider {
  @Override
  public String name() {
    return "initToMedian";
  }

  @Override
  public String description() {
    return "Median of prior draws";
  }

  @Override
  public InitStrategy create(InitOptions options) {
    return InitStrategies.initToMedian(options.numSamples());
  }
}
