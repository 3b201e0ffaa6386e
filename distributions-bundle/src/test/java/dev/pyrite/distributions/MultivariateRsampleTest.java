package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.distributions.transforms.LowerCholeskyTransform;
import dev.pyrite.spi.Distribution;
import dev.pyrite.testkit.Engines;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reparameterised gradients of the multivariate families. Where the noise does not depend on the
 * parameter (normal draws, the Bartlett factor of Wishart given its chi-square draws), each draw is
 * a smooth function of the parameter and its gradient must equal central finite differences taken
 * with the same seed. Where gamma draws with implicit gradients enter (Dirichlet, the degrees of
 * freedom of Student's t and Wishart), the mean gradient over many draws must equal the derivative
 * of the analytic expectation.
 */
class MultivariateRsampleTest {
  private static final Shape DRAWS = new Shape(3);
  private static final double[] LOC = {0.3, -1.0, 2.0};
  private static final double[] RAW_TRIL = {0.2, 0.7, -0.4, 0.5, -0.3, 0.9, -1.1, 0.6, 0.1};
  private static final double[] WEIGHTS = {0.5, -1.5, 2.0};

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void multivariateNormalDrawsArePathwiseDifferentiable(String engine) {
    Engines.use(engine, 0);
    pathwise(loc -> new MultivariateNormal(loc, tril(array(RAW_TRIL, 3, 3))), LOC, new Shape(3));
    pathwise(raw -> new MultivariateNormal(array(LOC), tril(raw)), RAW_TRIL, new Shape(3, 3));
    pathwise(
        raw -> MultivariateNormal.fromCovariance(array(LOC), spd(tril(raw))),
        RAW_TRIL,
        new Shape(3, 3));
    pathwise(
        raw -> MultivariateNormal.fromPrecision(array(LOC), spd(tril(raw))),
        RAW_TRIL,
        new Shape(3, 3));
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void lowRankDrawsArePathwiseDifferentiable(String engine) {
    Engines.use(engine, 0);
    double[] factor = {0.4, -0.2, 1.1, 0.3, -0.7, 0.5};
    double[] diag = {0.5, 1.2, 0.8};
    pathwise(
        w -> new LowRankMultivariateNormal(array(LOC), w, array(diag)), factor, new Shape(3, 2));
    pathwise(
        d -> new LowRankMultivariateNormal(array(LOC), array(factor, 3, 2), d.exp()),
        new double[] {-0.2, 0.1, 0.4},
        new Shape(3));
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void studentTAndWishartDrawsArePathwiseInTheirScale(String engine) {
    Engines.use(engine, 0);
    NDArray df = Backend.manager().create(7.0);
    pathwise(raw -> new MultivariateStudentT(df, array(LOC), tril(raw)), RAW_TRIL, new Shape(3, 3));
    pathwise(raw -> Wishart.fromScaleTril(df, tril(raw)), RAW_TRIL, new Shape(3, 3));
  }

  @Tag("slow")
  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void dirichletGradientMatchesDerivativeOfItsMean(String engine) {
    Engines.use(engine, 5);
    try (Scope s = Scope.open()) {
      NDArray a = array(new double[] {0.8, 2.0, 4.0});
      a.setRequiresGradient(true);
      try (GradientCollector gc = Backend.newGradientCollector()) {
        NDArray x = new Dirichlet(a).rsample(new Shape(20000));
        gc.backward(x.mul(array(WEIGHTS)).sum(new int[] {-1}).mean());
      }
      // E[w . x] = w . a / a0, so d/da_j = (w_j - w . a / a0) / a0
      double a0 = 6.8;
      double mean = (0.5 * 0.8 - 1.5 * 2.0 + 2.0 * 4.0) / a0;
      double[] expected = new double[3];
      for (int j = 0; j < 3; j++) {
        expected[j] = (WEIGHTS[j] - mean) / a0;
      }
      assertClose(a.getGradient(), expected, new Shape(3), 0.05, 0.005);
    }
  }

  @Tag("slow")
  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void degreesOfFreedomGradientsMatchDerivativesOfMoments(String engine) {
    Engines.use(engine, 6);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      NDArray df = m.create(10.0);
      df.setRequiresGradient(true);
      NDArray cov = array(new double[] {2.0, 0.3, 0.3, 1.0}, 2, 2);
      try (GradientCollector gc = Backend.newGradientCollector()) {
        NDArray x = Wishart.fromCovariance(df, cov).rsample(new Shape(20000));
        gc.backward(x.mul(array(new double[] {1, 2, 2, -1}, 2, 2)).sum(new int[] {-1, -2}).mean());
      }
      // E[X] = df V: d/d df E[sum(w X)] = sum(w V) = 2 + 1.2 - 1
      assertClose(df.getGradient().getDouble(), 2.2, 0.05, 0.0);

      NDArray nu = m.create(12.0);
      nu.setRequiresGradient(true);
      NDArray scale = array(new double[] {1.5, 0, 0.4, 0.8}, 2, 2);
      try (GradientCollector gc = Backend.newGradientCollector()) {
        NDArray x =
            new MultivariateStudentT(nu, array(new double[] {0, 0}), scale)
                .rsample(new Shape(40000));
        gc.backward(x.get("..., 0").square().mean());
      }
      // E[x_0^2] = 1.5^2 nu / (nu - 2): derivative -2 * 2.25 / (nu - 2)^2
      assertClose(nu.getGradient().getDouble(), -4.5 / 100, 0.1, 0.0);
    }
  }

  /** Per-draw gradients against finite differences, re-seeding before every draw. */
  private static void pathwise(Function<NDArray, Distribution> family, double[] at, Shape shape) {
    TensorOpsFiniteDifferences.check(
        theta -> {
          Backend.seed(11);
          NDArray x = family.apply(theta).rsample(DRAWS);
          NDArray w = Backend.manager().randomUniform(-1f, 1f, x.getShape(), x.getDataType());
          return x.mul(w.stopGradient()).sum();
        },
        at,
        shape,
        1e-6,
        1e-8);
  }

  /** A lower Cholesky factor from any square matrix (exponentiated diagonal). */
  private static NDArray tril(NDArray raw) {
    return new LowerCholeskyTransform().forward(raw);
  }

  private static NDArray spd(NDArray l) {
    return l.matMul(l.swapAxes(-1, -2));
  }

  private static NDArray array(double[] values, long... shape) {
    return Backend.manager()
        .create(values, shape.length == 0 ? new Shape(values.length) : new Shape(shape));
  }
}
