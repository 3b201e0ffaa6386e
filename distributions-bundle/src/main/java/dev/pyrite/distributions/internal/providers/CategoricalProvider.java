package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Categorical;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Categorical} in the plugin registry; takes {@code probs} or {@code logits}. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Categorical")
public final class CategoricalProvider extends FamilyProvider {
  /** Creates the provider. */
  public CategoricalProvider() {
    super("Categorical", "probs", "logits");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return either(parameters, "probs", "logits")
        ? new Categorical(required(parameters, "probs"))
        : Categorical.withLogits(required(parameters, "logits"));
  }
}
