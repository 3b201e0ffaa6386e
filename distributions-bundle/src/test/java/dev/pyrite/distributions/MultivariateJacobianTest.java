package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.distributions.transforms.CholeskyTransform;
import dev.pyrite.distributions.transforms.ComposeTransform;
import dev.pyrite.distributions.transforms.InverseTransform;
import dev.pyrite.distributions.transforms.LowerCholeskyTransform;
import dev.pyrite.distributions.transforms.SoftplusLowerCholeskyTransform;
import dev.pyrite.distributions.transforms.UnitLowerCholeskyTransform;
import dev.pyrite.spi.Transform;
import dev.pyrite.testkit.Engines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The log-Jacobians torch does not define (the matrix transforms of {@code transform_to}) against
 * the determinant of a finite-difference Jacobian between lower triangles (strictly lower where the
 * diagonal is fixed), on both engines.
 */
class MultivariateJacobianTest {
  private static final int N = 3;
  private static final double STEP = 1e-6;
  private static final double[] X = {0.3, 1.7, -0.8, -0.4, -0.2, 0.9, 1.1, 0.5, 0.6};

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void logJacobiansMatchFiniteDifferences(String engine) {
    Engines.use(engine, 0);
    check(new LowerCholeskyTransform(), 0);
    check(new SoftplusLowerCholeskyTransform(), 0);
    check(new UnitLowerCholeskyTransform(), -1);
    check(
        new ComposeTransform(
            new LowerCholeskyTransform(), new InverseTransform(new CholeskyTransform())),
        0);
  }

  /** Compares with {@code log|det J|} over the entries {@code column - row <= diag}. */
  private static void check(Transform t, int diag) {
    try (Scope s = Scope.open()) {
      List<int[]> free = new ArrayList<>();
      for (int i = 0; i < N; i++) {
        for (int j = 0; j <= i + diag; j++) {
          free.add(new int[] {i, j});
        }
      }
      int k = free.size();
      double[][] jacobian = new double[k][k];
      for (int c = 0; c < k; c++) {
        double[] up = entries(t, shifted(free.get(c), STEP), free);
        double[] down = entries(t, shifted(free.get(c), -STEP), free);
        for (int r = 0; r < k; r++) {
          jacobian[r][c] = (up[r] - down[r]) / (2 * STEP);
        }
      }
      NDArray x = Backend.manager().create(X, new Shape(N, N));
      assertClose(
          t.logAbsDetJacobian(x, t.forward(x)).getDouble(), logAbsDet(jacobian), 1e-6, 1e-8);
    }
  }

  private static double[] shifted(int[] at, double h) {
    double[] v = X.clone();
    v[at[0] * N + at[1]] += h;
    return v;
  }

  private static double[] entries(Transform t, double[] x, List<int[]> free) {
    try (Scope s = Scope.open()) {
      double[] y = t.forward(Backend.manager().create(x, new Shape(N, N))).toDoubleArray();
      double[] out = new double[free.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = y[free.get(i)[0] * N + free.get(i)[1]];
      }
      return out;
    }
  }

  /** {@code log|det a|} by Gaussian elimination with partial pivoting. */
  private static double logAbsDet(double[][] a) {
    int n = a.length;
    double sum = 0;
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] tmp = a[c];
      a[c] = a[pivot];
      a[pivot] = tmp;
      sum += Math.log(Math.abs(a[c][c]));
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int j = c; j < n; j++) {
          a[r][j] -= f * a[c][j];
        }
      }
    }
    return sum;
  }
}
