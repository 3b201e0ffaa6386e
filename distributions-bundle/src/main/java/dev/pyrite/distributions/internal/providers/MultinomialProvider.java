package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Multinomial;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/**
 * Publishes {@link Multinomial} in the plugin registry; takes a scalar integer {@code total_count}
 * and {@code probs} or {@code logits}.
 */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Multinomial")
public final class MultinomialProvider extends FamilyProvider {
  /** Creates the provider. */
  public MultinomialProvider() {
    super("Multinomial", "total_count", "probs", "logits");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    int n = integer(parameters, "total_count");
    return either(parameters, "probs", "logits")
        ? new Multinomial(n, required(parameters, "probs"))
        : Multinomial.withLogits(n, required(parameters, "logits"));
  }
}
