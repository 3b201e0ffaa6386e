package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Poisson;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Poisson} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Poisson")
public final class PoissonProvider extends FamilyProvider {
  /** Creates the provider. */
  public PoissonProvider() {
    super("Poisson", "rate");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Poisson(required(parameters, "rate"));
  }
}
