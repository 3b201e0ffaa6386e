package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.DirichletMultinomial;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/**
 * Publishes {@link DirichletMultinomial} in the plugin registry; takes {@code concentration} and a
 * scalar integer {@code total_count}.
 */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=DirichletMultinomial")
public final class DirichletMultinomialProvider extends FamilyProvider {
  /** Creates the provider. */
  public DirichletMultinomialProvider() {
    super("DirichletMultinomial", "concentration", "total_count");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new DirichletMultinomial(
        required(parameters, "concentration"), integer(parameters, "total_count"));
  }
}
