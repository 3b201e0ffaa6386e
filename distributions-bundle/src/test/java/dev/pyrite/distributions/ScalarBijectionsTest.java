package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.pyrite.Backend;
import dev.pyrite.Bijections;
import dev.pyrite.Scope;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import dev.pyrite.testkit.Engines;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code biject_to} of the scalar constraints and the vector constraints built from them, including
 * array bounds (the supports of Uniform and Pareto with batched parameters): images lie in the
 * constraint, the inverse recovers the input, and the log-Jacobian equals {@code log|det J|} of an
 * autograd Jacobian, per event.
 */
class ScalarBijectionsTest {
  record Case(String label, Function<NDManager, Constraint> constraint) {
    @Override
    public String toString() {
      return label;
    }
  }

  static final List<Case> CASES =
      List.of(
          new Case("real", m -> Constraints.real()),
          new Case("positive", m -> Constraints.positive()),
          new Case("nonnegative", m -> Constraints.nonnegative()),
          new Case("greater_than", m -> Constraints.greaterThan(1.5)),
          new Case("greater_than_eq", m -> Constraints.greaterThanEq(-1)),
          new Case("less_than", m -> Constraints.lessThan(-0.5)),
          new Case("interval", m -> Constraints.interval(-1, 3)),
          new Case("unit_interval", m -> Constraints.unitInterval()),
          new Case("softplus_positive", m -> Constraints.softplusPositive()),
          new Case(
              "Uniform support (array bounds)",
              m ->
                  new Uniform(
                          m.create(new double[] {-2, 0, 1, 5}),
                          m.create(new double[] {1, 0.5, 4, 6}))
                      .support()),
          new Case(
              "Pareto support (array bound)",
              m -> new Pareto(m.create(new double[] {1, 2, 0.5, 3}), m.create(2.0)).support()),
          new Case(
              "independent(positive, 1)", m -> Constraints.independent(Constraints.positive(), 1)),
          new Case("real_vector", m -> Constraints.realVector()),
          new Case("ordered_vector", m -> Constraints.orderedVector()),
          new Case("positive_ordered_vector", m -> Constraints.positiveOrderedVector()));

  static Stream<Arguments> cases() {
    return Engines.all().flatMap(e -> CASES.stream().map(c -> Arguments.of(e, c)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void bijectionIsConsistent(String engine, Case c) {
    Engines.use(engine, 9);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      Constraint constraint = c.constraint().apply(m);
      Transform t = Bijections.bijectTo(constraint);
      int eventDim = t.domainEventDim();
      assertEquals(constraint.eventDim(), t.codomainEventDim(), "codomain event dim");
      NDArray x = m.randomNormal(0f, 1f, new Shape(3, 4), DataType.FLOAT64);
      NDArray y = t.forward(x);
      assertTrue(constraint.check(y).all().getBoolean(), "image outside " + constraint.name());
      assertClose(t.inverse(y), x, 1e-8, 1e-10);
      NDArray ladj = t.logAbsDetJacobian(x, y);
      assertEquals(new Shape(3, 4).slice(0, 2 - eventDim), ladj.getShape());
      assertClose(ladj, logDetOfJacobian(t, x, eventDim), 1e-8, 1e-10);
    }
  }

  /** {@code log|det dy/dx|} per event from autograd rows (elementwise when eventDim is 0). */
  private static NDArray logDetOfJacobian(Transform t, NDArray x, int eventDim) {
    int n = (int) x.getShape().get(1);
    double[][][] jac = new double[3][n][n];
    for (int j = 0; j < n; j++) {
      NDArray xg = x.duplicate();
      xg.setRequiresGradient(true);
      try (GradientCollector gc = Backend.newGradientCollector()) {
        gc.backward(t.forward(xg).get(":, " + j).sum());
      }
      double[] g = xg.getGradient().toDoubleArray();
      for (int b = 0; b < 3; b++) {
        for (int i = 0; i < n; i++) {
          jac[b][j][i] = g[b * n + i];
        }
      }
    }
    if (eventDim == 0) {
      double[] diag = new double[3 * n];
      for (int b = 0; b < 3; b++) {
        for (int i = 0; i < n; i++) {
          diag[b * n + i] = Math.log(Math.abs(jac[b][i][i]));
        }
      }
      return x.getManager().create(diag, new Shape(3, n));
    }
    double[] out = new double[3];
    for (int b = 0; b < 3; b++) {
      out[b] = logAbsDet(jac[b]);
    }
    return x.getManager().create(out);
  }

  /** Gaussian elimination with partial pivoting. */
  private static double logAbsDet(double[][] a) {
    int n = a.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = a[i].clone();
    }
    double sum = 0;
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      double[] tmp = m[c];
      m[c] = m[p];
      m[p] = tmp;
      sum += Math.log(Math.abs(m[c][c]));
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k < n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    return sum;
  }
}
