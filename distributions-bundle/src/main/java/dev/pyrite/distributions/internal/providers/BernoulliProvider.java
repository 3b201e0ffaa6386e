package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Bernoulli} in the plugin registry; takes {@code probs} or {@code logits}. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Bernoulli")
public final class BernoulliProvider extends FamilyProvider {
  /** Creates the provider. */
  public BernoulliProvider() {
    super("Bernoulli", "probs", "logits");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    NDArray logits = parameters.get("logits");
    if (logits != null && parameters.containsKey("probs")) {
      throw new IllegalArgumentException("Bernoulli takes probs or logits, not both");
    }
    return logits != null
        ? Bernoulli.withLogits(logits)
        : new Bernoulli(required(parameters, "probs"));
  }
}
