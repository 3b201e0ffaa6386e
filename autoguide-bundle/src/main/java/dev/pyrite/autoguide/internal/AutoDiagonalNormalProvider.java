package dev.pyrite.autoguide.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.autoguide.AutoDiagonalNormal;
import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Model;

/** Publishes {@link AutoDiagonalNormal} in the plugin registry. */
@ServiceProvider(value = AutoGuideProvider.class, attribute = "pyrite.name=AutoDiagonalNormal")
public final class AutoDiagonalNormalProvider implements AutoGuideProvider {
  @Override
  public String name() {
    return "AutoDiagonalNormal";
  }

  @Override
  public String description() {
    return "Diagonal normal over all latents flattened into one unconstrained vector";
  }

  @Override
  public <A> AutoGuide<A> create(Model<A> model, AutoGuideOptions options) {
    return new AutoDiagonalNormal<>(model, options);
  }
}
