package dev.pyrite.init.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.spi.InitOptions;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.InitStrategyProvider;

/** Publishes {@code initToSample} in the plugin registry. */
@ServiceProvider(value = InitStrategyProvider.class, attribute = "pyrite.name=initToSample")
public final class InitToSampleProvider implements InitStrategyProvider {
  @Override
  public String name() {
    return "initToSample";
  }

  @Override
  public String description() {
    return "One prior draw";
  }

  @Override
  public InitStrategy create(InitOptions options) {
    return InitStrategies.initToSample();
  }
}
