package com.example.pyrite.automap;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.autoguide.AutoNormal;
import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Model;

/**
 * Version 2 of the third-party autoguide: the same name, now with uncertainty (a mean-field normal
 * around the estimate), so that an update is visible in the posterior sd.
 */
@ServiceProvider(value = AutoGuideProvider.class, attribute = "pyrite.name=AutoMap")
public final class AutoMapProvider implements AutoGuideProvider {
  @Override
  public String name() {
    return "AutoMap";
  }

  @Override
  public String description() {
    return "Estimate with mean-field normal uncertainty (version 2)";
  }

  @Override
  public <A> AutoGuide<A> create(Model<A> model, AutoGuideOptions options) {
    return new AutoNormal<>(model, options);
  }
}
