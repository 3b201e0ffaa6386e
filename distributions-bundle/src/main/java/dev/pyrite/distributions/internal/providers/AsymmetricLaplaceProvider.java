package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.AsymmetricLaplace;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link AsymmetricLaplace} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=AsymmetricLaplace")
public final class AsymmetricLaplaceProvider extends FamilyProvider {
  /** Creates the provider. */
  public AsymmetricLaplaceProvider() {
    super("AsymmetricLaplace", "loc", "scale", "asymmetry");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new AsymmetricLaplace(
        required(parameters, "loc"),
        required(parameters, "scale"),
        required(parameters, "asymmetry"));
  }
}
