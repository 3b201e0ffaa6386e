package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.InverseGamma;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link InverseGamma} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=InverseGamma")
public final class InverseGammaProvider extends FamilyProvider {
  /** Creates the provider. */
  public InverseGammaProvider() {
    super("InverseGamma", "concentration", "rate");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new InverseGamma(required(parameters, "concentration"), required(parameters, "rate"));
  }
}
