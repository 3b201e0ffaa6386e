package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.NegativeBinomial;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/**
 * Publishes {@link NegativeBinomial} in the plugin registry; takes {@code total_count} and {@code
 * probs} or {@code logits}.
 */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=NegativeBinomial")
public final class NegativeBinomialProvider extends FamilyProvider {
  /** Creates the provider. */
  public NegativeBinomialProvider() {
    super("NegativeBinomial", "total_count", "probs", "logits");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    NDArray r = required(parameters, "total_count");
    return either(parameters, "probs", "logits")
        ? new NegativeBinomial(r, required(parameters, "probs"))
        : NegativeBinomial.withLogits(r, required(parameters, "logits"));
  }
}
