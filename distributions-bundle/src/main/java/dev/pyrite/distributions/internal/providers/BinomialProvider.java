package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Binomial;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/**
 * Publishes {@link Binomial} in the plugin registry; takes {@code total_count} and {@code probs} or
 * {@code logits}.
 */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Binomial")
public final class BinomialProvider extends FamilyProvider {
  /** Creates the provider. */
  public BinomialProvider() {
    super("Binomial", "total_count", "probs", "logits");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    NDArray n = required(parameters, "total_count");
    return either(parameters, "probs", "logits")
        ? new Binomial(n, required(parameters, "probs"))
        : Binomial.withLogits(n, required(parameters, "logits"));
  }
}
