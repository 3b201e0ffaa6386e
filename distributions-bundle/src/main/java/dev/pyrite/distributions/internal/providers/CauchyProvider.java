package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Cauchy;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Cauchy} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Cauchy")
public final class CauchyProvider extends FamilyProvider {
  /** Creates the provider. */
  public CauchyProvider() {
    super("Cauchy", "loc", "scale");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Cauchy(required(parameters, "loc"), required(parameters, "scale"));
  }
}
