package com.example.pyrite.automap;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Model;

/** Version 1 of a third-party autoguide: a point estimate (MAP) of every latent site. */
@ServiceProvider(value = AutoGuideProvider.class, attribute = "pyrite.name=AutoMap")
public final class AutoMapProvider implements AutoGuideProvider {
  @Override
  public String name() {
    return "AutoMap";
  }

  @Override
  public String description() {
    return "Point estimate (MAP) of every latent site";
  }

  @Override
  public <A> AutoGuide<A> create(Model<A> model, AutoGuideOptions options) {
    return new PointEstimateGuide<>(model, options);
  }
}
