package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Gamma;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Gamma} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Gamma")
public final class GammaProvider extends FamilyProvider {
  /** Creates the provider. */
  public GammaProvider() {
    super("Gamma", "concentration", "rate");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Gamma(required(parameters, "concentration"), required(parameters, "rate"));
  }
}
