package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Laplace;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Laplace} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Laplace")
public final class LaplaceProvider extends FamilyProvider {
  /** Creates the provider. */
  public LaplaceProvider() {
    super("Laplace", "loc", "scale");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Laplace(required(parameters, "loc"), required(parameters, "scale"));
  }
}
