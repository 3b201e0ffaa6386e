package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Uniform;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Uniform} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Uniform")
public final class UniformProvider extends FamilyProvider {
  /** Creates the provider. */
  public UniformProvider() {
    super("Uniform", "low", "high");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Uniform(required(parameters, "low"), required(parameters, "high"));
  }
}
