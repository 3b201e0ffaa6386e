package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Gumbel;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Gumbel} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Gumbel")
public final class GumbelProvider extends FamilyProvider {
  /** Creates the provider. */
  public GumbelProvider() {
    super("Gumbel", "loc", "scale");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Gumbel(required(parameters, "loc"), required(parameters, "scale"));
  }
}
