package dev.pyrite.init.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.spi.InitOptions;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.InitStrategyProvider;

/** Publishes {@code initToValue} in the plugin registry. */
@ServiceProvider(value = InitStrategyProvider.class, attribute = "pyrite.name=initToValue")
public final class InitToValueProvider implements InitStrategyProvider {
  @Override
  public String name() {
    return "initToValue";
  }

  @Override
  public String description() {
    return "Fixed values, uniform for the rest";
  }

  @Override
  public InitStrategy create(InitOptions options) {
    return InitValues.fromOptions(options);
  }
}
