package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.HalfCauchy;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link HalfCauchy} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=HalfCauchy")
public final class HalfCauchyProvider extends FamilyProvider {
  /** Creates the provider. */
  public HalfCauchyProvider() {
    super("HalfCauchy", "scale");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new HalfCauchy(required(parameters, "scale"));
  }
}
