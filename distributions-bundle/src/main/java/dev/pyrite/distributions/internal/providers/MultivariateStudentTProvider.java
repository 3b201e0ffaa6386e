package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.MultivariateStudentT;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/** Publishes {@link MultivariateStudentT} in the plugin registry. */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=MultivariateStudentT")
public final class MultivariateStudentTProvider extends FamilyProvider {
  /** Creates the provider. */
  public MultivariateStudentTProvider() {
    super("MultivariateStudentT", "df", "loc", "scale_tril");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    return new MultivariateStudentT(
        required(parameters, "df"),
        required(parameters, "loc"),
        required(parameters, "scale_tril"));
  }
}
