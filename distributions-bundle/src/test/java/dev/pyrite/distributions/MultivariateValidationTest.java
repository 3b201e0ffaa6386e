package dev.pyrite.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.testkit.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validation errors of the multivariate families name the distribution, the parameter, the
 * offending values and the constraint; the texts are part of the contract.
 */
class MultivariateValidationTest {
  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void invalidConcentrationIsNamed(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDArray concentration = Backend.manager().create(new double[] {1.0, -0.5, 2.0});
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> new Dirichlet(concentration));
      assertEquals(
          "Dirichlet: parameter concentration must satisfy the constraint independent(positive,"
              + " 1), but found invalid values: [-0.5] (shape (3))",
          e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void covarianceThatIsNotPositiveDefiniteIsNamed(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      NDArray loc = m.zeros(new Shape(2), ai.djl.ndarray.types.DataType.FLOAT64);
      NDArray cov = m.create(new double[] {1, 0, 0, 1, 1, 2, 2, 1}, new Shape(2, 2, 2));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> MultivariateNormal.fromCovariance(loc, cov));
      assertEquals(
          "MultivariateNormal: parameter covariance_matrix must satisfy the constraint"
              + " positive_definite, but found invalid values: [1.0, 2.0, 2.0, 1.0] (shape (2, 2,"
              + " 2))",
          e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void valueOffTheSimplexIsNamed(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      Dirichlet d = new Dirichlet(m.create(new double[] {1, 1, 1}));
      NDArray x = m.create(new double[] {0.2, 0.3, 0.5, 0.5, 0.6, 0.1}, new Shape(2, 3));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.logProb(x));
      assertEquals(
          "Dirichlet: the value argument must be within the support simplex, but found invalid"
              + " values: [0.5, 0.6, 0.1]",
          e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void shapeMismatchesAreNamed(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> new MultivariateNormal(m.zeros(new Shape(3)), m.eye(2)));
      assertEquals(
          "MultivariateNormal: scale_tril must be 3 x 3 to match loc of shape (3), but has shape"
              + " (2, 2)",
          e.getMessage());
      IllegalArgumentException dim =
          assertThrows(IllegalArgumentException.class, () -> new LKJCholesky(1, 1.0));
      assertEquals(
          "LKJCholesky: parameter dim must be an integer >= 2, but got 1", dim.getMessage());
    }
  }
}
