package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.OneHotCategorical;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/**
 * Publishes {@link OneHotCategorical} in the plugin registry; takes {@code probs} or {@code
 * logits}.
 */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=OneHotCategorical")
public final class OneHotCategoricalProvider extends FamilyProvider {
  /** Creates the provider. */
  public OneHotCategoricalProvider() {
    super("OneHotCategorical", "probs", "logits");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return either(parameters, "probs", "logits")
        ? new OneHotCategorical(required(parameters, "probs"))
        : OneHotCategorical.withLogits(required(parameters, "logits"));
  }
}
