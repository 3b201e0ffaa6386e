package dev.pyrite.autoguide.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.autoguide.AutoLowRankMultivariateNormal;
import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Model;

/** Publishes {@link AutoLowRankMultivariateNormal} in the plugin registry. */
@ServiceProvider(
    value = AutoGuideProvider.class,
    attribute = "pyrite.name=AutoLowRankMultivariateNormal")
public final class AutoLowRankMultivariateNormalProvider implements AutoGuideProvider {
  @Override
  public String name() {
    return "AutoLowRankMultivariateNormal";
  }

  @Override
  public String description() {
    return "Low-rank plus diagonal normal over the flattened unconstrained latents, rank ceil(sqrt(D))";
  }

  @Override
  public <A> AutoGuide<A> create(Model<A> model, AutoGuideOptions options) {
    return new AutoLowRankMultivariateNormal<>(model, options);
  }
}
