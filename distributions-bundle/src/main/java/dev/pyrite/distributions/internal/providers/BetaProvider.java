package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Beta;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Beta} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Beta")
public final class BetaProvider extends FamilyProvider {
  /** Creates the provider. */
  public BetaProvider() {
    super("Beta", "concentration1", "concentration0");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Beta(required(parameters, "concentration1"), required(parameters, "concentration0"));
  }
}
