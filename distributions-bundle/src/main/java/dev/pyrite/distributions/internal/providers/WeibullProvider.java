package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Weibull;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Weibull} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Weibull")
public final class WeibullProvider extends FamilyProvider {
  /** Creates the provider. */
  public WeibullProvider() {
    super("Weibull", "scale", "concentration");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Weibull(required(parameters, "scale"), required(parameters, "concentration"));
  }
}
