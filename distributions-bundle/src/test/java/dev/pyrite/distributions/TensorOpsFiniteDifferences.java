package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import java.util.function.Function;

/**
 * Checks autograd gradients against central finite differences in float64: for a scalar function
 * {@code f} of one array, {@code df/dx_i ~ (f(x + h e_i) - f(x - h e_i)) / 2h}.
 *
 * <pre>{@code
 * TensorOpsFiniteDifferences.check(x -> TensorOps.digamma(x).sum(), new double[] {0.5, 3}, 1e-6);
 * }</pre>
 */
final class TensorOpsFiniteDifferences {
  private static final double STEP = 1e-6;

  private TensorOpsFiniteDifferences() {}

  /**
   * Asserts the gradient of {@code f} at {@code point} matches finite differences.
   *
   * @param f a scalar function of a float64 array
   * @param point the input values
   * @param shape the input shape
   * @param rtol relative tolerance
   * @param atol absolute tolerance
   */
  static void check(
      Function<NDArray, NDArray> f, double[] point, Shape shape, double rtol, double atol) {
    NDManager m = Backend.manager();
    double[] numeric = new double[point.length];
    for (int i = 0; i < point.length; i++) {
      numeric[i] =
          (value(f, m, point, shape, i, STEP) - value(f, m, point, shape, i, -STEP)) / (2 * STEP);
    }
    try (Scope s = Scope.open()) {
      NDArray x = m.create(point, shape);
      x.setRequiresGradient(true);
      try (GradientCollector gc = Backend.newGradientCollector()) {
        gc.backward(f.apply(x));
      }
      assertClose(x.getGradient(), numeric, shape, rtol, atol);
    }
  }

  private static double value(
      Function<NDArray, NDArray> f, NDManager m, double[] point, Shape shape, int i, double h) {
    double[] moved = point.clone();
    moved[i] += h;
    try (Scope s = Scope.open()) {
      return f.apply(m.create(moved, shape)).getDouble();
    }
  }
}
