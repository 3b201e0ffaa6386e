package dev.pyrite.autoguide.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.autoguide.AutoLaplaceApproximation;
import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Model;

/** Publishes {@link AutoLaplaceApproximation} in the plugin registry. */
@ServiceProvider(
    value = AutoGuideProvider.class,
    attribute = "pyrite.name=AutoLaplaceApproximation")
public final class AutoLaplaceApproximationProvider implements AutoGuideProvider {
  @Override
  public String name() {
    return "AutoLaplaceApproximation";
  }

  @Override
  public String description() {
    return "MAP over the flattened unconstrained latents; laplaceApproximation() gives the Gaussian from the Hessian";
  }

  @Override
  public <A> AutoGuide<A> create(Model<A> model, AutoGuideOptions options) {
    return new AutoLaplaceApproximation<>(model, options);
  }
}
