package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.BetaBinomial;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link BetaBinomial} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=BetaBinomial")
public final class BetaBinomialProvider extends FamilyProvider {
  /** Creates the provider. */
  public BetaBinomialProvider() {
    super("BetaBinomial", "concentration1", "concentration0", "total_count");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new BetaBinomial(
        required(parameters, "concentration1"),
        required(parameters, "concentration0"),
        required(parameters, "total_count"));
  }
}
