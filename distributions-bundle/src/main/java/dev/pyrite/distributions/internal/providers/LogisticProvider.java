package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Logistic;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Logistic} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Logistic")
public final class LogisticProvider extends FamilyProvider {
  /** Creates the provider. */
  public LogisticProvider() {
    super("Logistic", "loc", "scale");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Logistic(required(parameters, "loc"), required(parameters, "scale"));
  }
}
