package dev.pyrite.autoguide.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.autoguide.AutoMultivariateNormal;
import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Model;

/** Publishes {@link AutoMultivariateNormal} in the plugin registry. */
@ServiceProvider(value = AutoGuideProvider.class, attribute = "pyrite.name=AutoMultivariateNormal")
public final class AutoMultivariateNormalProvider implements AutoGuideProvider {
  @Override
  public String name() {
    return "AutoMultivariateNormal";
  }

  @Override
  public String description() {
    return "Full-covariance normal over all latents flattened into one unconstrained vector";
  }

  @Override
  public <A> AutoGuide<A> create(Model<A> model, AutoGuideOptions options) {
    return new AutoMultivariateNormal<>(model, options);
  }
}
