package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.spi.Distribution;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One instance of each multivariate family with batch shape (2), for the shape, goodness-of-fit and
 * KL tests.
 *
 * <pre>{@code
 * MultivariateFamilies.batchOfTwo().forEach((name, d) -> d.get().sample(new Shape(3)));
 * }</pre>
 */
final class MultivariateFamilies {
  private static final double[] TRIL3 = {1.0, 0, 0, 0.5, 0.8, 0, -0.3, 0.2, 0.6};
  private static final double[] COV3 = {2.0, 0.4, -0.3, 0.4, 1.0, 0.2, -0.3, 0.2, 0.7};

  private MultivariateFamilies() {}

  /**
   * Float64 factories of the families.
   *
   * @return suppliers by family name, in a fixed order
   */
  static Map<String, Supplier<Distribution>> batchOfTwo() {
    return batchOfTwo(DataType.FLOAT64);
  }

  /**
   * Factories of the families, each with batch shape (2) and parameters of a dtype.
   *
   * @param t float32 or float64
   * @return suppliers by family name, in a fixed order
   */
  static Map<String, Supplier<Distribution>> batchOfTwo(DataType t) {
    Map<String, Supplier<Distribution>> out = new LinkedHashMap<>();
    out.put("Dirichlet", () -> new Dirichlet(a(t, new double[] {0.7, 2, 4, 3, 1, 0.5}, 2, 3)));
    out.put(
        "MultivariateNormal",
        () ->
            new MultivariateNormal(
                a(t, new double[] {0, 1, -1, 2, 0, 0.5}, 2, 3), a(t, TRIL3, 3, 3)));
    out.put(
        "LowRankMultivariateNormal",
        () ->
            new LowRankMultivariateNormal(
                a(t, new double[] {0.5, -1, 0}, 3),
                a(t, new double[] {0.4, -0.2, 1.1, 0.3, -0.7, 0.5, 1, 0, 0, 1, 0.5, 0.5}, 2, 3, 2),
                a(t, new double[] {0.5, 1.2, 0.8}, 3)));
    out.put(
        "MultivariateStudentT",
        () ->
            new MultivariateStudentT(
                a(t, new double[] {6, 9}, 2), a(t, new double[] {1, 0, -1}, 3), a(t, TRIL3, 3, 3)));
    out.put("LKJCholesky", () -> new LKJCholesky(3, a(t, new double[] {0.8, 3}, 2)));
    out.put("LKJ", () -> new LKJ(3, a(t, new double[] {1, 2.5}, 2)));
    out.put(
        "Wishart", () -> Wishart.fromCovariance(a(t, new double[] {4, 7}, 2), a(t, COV3, 3, 3)));
    return out;
  }

  private static NDArray a(DataType t, double[] values, long... shape) {
    return Backend.manager().create(values, new Shape(shape)).toType(t, false);
  }
}
