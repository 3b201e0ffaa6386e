package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.MultivariateNormal;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/**
 * Publishes {@link MultivariateNormal} in the plugin registry; takes {@code loc} and exactly one of
 * {@code scale_tril}, {@code covariance_matrix} or {@code precision_matrix}, as torch does.
 */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=MultivariateNormal")
public final class MultivariateNormalProvider extends FamilyProvider {
  /** Creates the provider. */
  public MultivariateNormalProvider() {
    super("MultivariateNormal", "loc", "scale_tril", "covariance_matrix", "precision_matrix");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    NDArray loc = required(parameters, "loc");
    NDArray scaleTril = optional(parameters, "scale_tril");
    NDArray covariance = optional(parameters, "covariance_matrix");
    NDArray precision = optional(parameters, "precision_matrix");
    int given = (scaleTril != null ? 1 : 0) + (covariance != null ? 1 : 0);
    given += precision != null ? 1 : 0;
    if (given != 1) {
      throw new IllegalArgumentException(
          "MultivariateNormal takes exactly one of scale_tril, covariance_matrix or"
              + " precision_matrix, but got "
              + given);
    }
    if (scaleTril != null) {
      return new MultivariateNormal(loc, scaleTril);
    }
    return covariance != null
        ? MultivariateNormal.fromCovariance(loc, covariance)
        : MultivariateNormal.fromPrecision(loc, precision);
  }
}
