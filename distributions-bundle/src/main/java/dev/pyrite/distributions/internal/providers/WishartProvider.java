package dev.pyrite.distributions.internal.providers;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Wishart;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import java.util.Map;

/**
 * Publishes {@link Wishart} in the plugin registry; takes {@code df} and exactly one of {@code
 * covariance_matrix}, {@code precision_matrix} or {@code scale_tril}, as torch does.
 */
@ServiceProvider(value = DistributionProvider.class, attribute = "pyrite.name=Wishart")
public final class WishartProvider extends FamilyProvider {
  /** Creates the provider. */
  public WishartProvider() {
    super("Wishart", "df", "covariance_matrix", "precision_matrix", "scale_tril");
  }

  @Override
  public Distribution create(Map<String, NDArray> parameters) {
    NDArray df = required(parameters, "df");
    NDArray covariance = optional(parameters, "covariance_matrix");
    NDArray precision = optional(parameters, "precision_matrix");
    NDArray scaleTril = optional(parameters, "scale_tril");
    int given = (covariance != null ? 1 : 0) + (precision != null ? 1 : 0);
    given += scaleTril != null ? 1 : 0;
    if (given != 1) {
      throw new IllegalArgumentException(
          "Wishart takes exactly one of covariance_matrix, precision_matrix or scale_tril, but"
              + " got "
              + given);
    }
    if (covariance != null) {
      return Wishart.fromCovariance(df, covariance);
    }
    return precision != null
        ? Wishart.fromPrecision(df, precision)
        : Wishart.fromScaleTril(df, scaleTril);
  }
}
