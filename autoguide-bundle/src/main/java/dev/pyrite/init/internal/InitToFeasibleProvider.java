package dev.pyrite.init.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.spi.InitOptions;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.InitStrategyProvider;

/** Publishes {@code initToFeasible} in the plugin registry. */
@ServiceProvider(value = InitStrategyProvider.class, attribute = "pyrite.name=initToFeasible")
public final class InitToFeasibleProvider implements InitStrategyProvider {
  @Override
  public String name() {
    return "initToFeasible";
  }

  @Override
  public String description() {
    return "Zero in unconstrained space";
  }

  @Override
  public InitStrategy create(InitOptions options) {
    return InitStrategies.initToFeasible();
  }
}
