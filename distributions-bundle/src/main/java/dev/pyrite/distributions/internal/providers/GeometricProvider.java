package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Geometric;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Geometric} in the plugin registry; takes {@code probs} or {@code logits}. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Geometric")
public final class GeometricProvider extends FamilyProvider {
  /** Creates the provider. */
  public GeometricProvider() {
    super("Geometric", "probs", "logits");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return either(parameters, "probs", "logits")
        ? new Geometric(required(parameters, "probs"))
        : Geometric.withLogits(required(parameters, "logits"));
  }
}
