package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Delta;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/**
 * Publishes {@link Delta} in the plugin registry: {@code v} and an optional {@code log_density};
 * every dimension of {@code v} is a batch dimension ({@code event_dim = 0}, Pyro's default).
 */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Delta")
public final class DeltaProvider extends FamilyProvider {
  /** Creates the provider. */
  public DeltaProvider() {
    super("Delta", "v", "log_density");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Delta(required(parameters, "v"), optional(parameters, "log_density"), 0);
  }
}
