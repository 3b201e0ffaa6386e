package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.GammaPoisson;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link GammaPoisson} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=GammaPoisson")
public final class GammaPoissonProvider extends FamilyProvider {
  /** Creates the provider. */
  public GammaPoissonProvider() {
    super("GammaPoisson", "concentration", "rate");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new GammaPoisson(required(parameters, "concentration"), required(parameters, "rate"));
  }
}
