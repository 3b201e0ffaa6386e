package dev.pyrite.autoguide.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.autoguide.AutoDelta;
import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Model;

/** Publishes {@link AutoDelta} in the plugin registry. */
@ServiceProvider(value = AutoGuideProvider.class, attribute = "pyrite.name=AutoDelta")
public final class AutoDeltaProvider implements AutoGuideProvider {
  @Override
  public String name() {
    return "AutoDelta";
  }

  @Override
  public String description() {
    return "Point mass (MAP) per latent site, optimised in unconstrained space";
  }

  @Override
  public <A> AutoGuide<A> create(Model<A> model, AutoGuideOptions options) {
    return new AutoDelta<>(model, options);
  }
}
