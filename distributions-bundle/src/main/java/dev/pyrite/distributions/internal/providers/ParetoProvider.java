package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Pareto;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link Pareto} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Pareto")
public final class ParetoProvider extends FamilyProvider {
  /** Creates the provider. */
  public ParetoProvider() {
    super("Pareto", "scale", "alpha");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new Pareto(required(parameters, "scale"), required(parameters, "alpha"));
  }
}
