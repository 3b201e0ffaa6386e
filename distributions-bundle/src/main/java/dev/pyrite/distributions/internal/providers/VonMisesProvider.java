package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.VonMises;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link VonMises} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=VonMises")
public final class VonMisesProvider extends FamilyProvider {
  /** Creates the provider. */
  public VonMisesProvider() {
    super("VonMises", "loc", "concentration");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new VonMises(required(parameters, "loc"), required(parameters, "concentration"));
  }
}
