package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Kumaraswamy;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Kumaraswamy} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Kumaraswamy")
public final class KumaraswamyProvider extends FamilyProvider {
  /** Creates the provider. */
  public KumaraswamyProvider() {
    super("Kumaraswamy", "concentration1", "concentration0");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Kumaraswamy(
        required(parameters, "concentration1"), required(parameters, "concentration0"));
  }
}
