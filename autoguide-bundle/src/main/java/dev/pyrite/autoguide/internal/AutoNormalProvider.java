package dev.pyrite.autoguide.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.autoguide.AutoNormal;
import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Model;

/** Publishes {@link AutoNormal} in the plugin registry. */
@ServiceProvider(value = AutoGuideProvider.class, attribute = "pyrite.name=AutoNormal")
public final class AutoNormalProvider implements AutoGuideProvider {
  @Override
  public String name() {
    return "AutoNormal";
  }

  @Override
  public String description() {
    return "Mean-field normal per latent site, in unconstrained space";
  }

  @Override
  public <A> AutoGuide<A> create(Model<A> model, AutoGuideOptions options) {
    return new AutoNormal<>(model, options);
  }
}
