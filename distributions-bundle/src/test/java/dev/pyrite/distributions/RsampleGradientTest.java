package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.distributions.internal.SpecialFunctions;
import dev.pyrite.distributions.transforms.ExpTransform;
import dev.pyrite.spi.Distribution;
import dev.pyrite.testkit.Engines;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pathwise gradients of {@code rsample} in float64. Where a draw is an explicit function of the
 * parameters and fixed noise, autograd must match a central finite difference of the draws made
 * with the same seed. Where torch reparameterises implicitly (the gamma draw behind Gamma,
 * InverseGamma and Chi2), each draw's derivative must equal {@code -(dF/dtheta) / f} at the draw,
 * with the cdf {@code F} differenced numerically.
 */
class RsampleGradientTest {
  private static final Shape DRAWS = new Shape(6);
  private static final long SEED = 17;

  /** A family built from parameter arrays, with the parameter values to differentiate at. */
  record Explicit(String name, Function<NDArray[], Distribution> make, double... at) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> explicitFamilies() {
    List<Explicit> families =
        List.of(
            new Explicit("Normal", p -> new Normal(p[0], p[1]), 0.3, 1.7),
            new Explicit("LogNormal", p -> new LogNormal(p[0], p[1]), 0.3, 0.7),
            new Explicit("HalfNormal", p -> new HalfNormal(p[0]), 1.3),
            new Explicit("HalfCauchy", p -> new HalfCauchy(p[0]), 0.8),
            new Explicit("Cauchy", p -> new Cauchy(p[0], p[1]), -0.5, 0.8),
            new Explicit("Laplace", p -> new Laplace(p[0], p[1]), 0.5, 1.5),
            new Explicit(
                "AsymmetricLaplace", p -> new AsymmetricLaplace(p[0], p[1], p[2]), 0.5, 1.5, 2.0),
            new Explicit("Uniform", p -> new Uniform(p[0], p[1]), -1.0, 2.5),
            new Explicit("Exponential", p -> new Exponential(p[0]), 2.0),
            new Explicit("Weibull", p -> new Weibull(p[0], p[1]), 2.0, 1.5),
            new Explicit("Gumbel", p -> new Gumbel(p[0], p[1]), 1.0, 2.0),
            new Explicit("Logistic", p -> new Logistic(p[0], p[1]), 1.0, 0.5),
            new Explicit("Pareto", p -> new Pareto(p[0], p[1]), 1.5, 3.0),
            new Explicit("Kumaraswamy", p -> new Kumaraswamy(p[0], p[1]), 2.0, 5.0),
            new Explicit(
                "StudentT(loc, scale)",
                p -> new StudentT(p[0].onesLike().mul(4), p[0], p[1]),
                1,
                2),
            new Explicit("Gamma(rate)", p -> new Gamma(p[0].onesLike().mul(3), p[0]), 2.0),
            new Explicit(
                "InverseGamma(rate)", p -> new InverseGamma(p[0].onesLike().mul(3), p[0]), 2.0),
            new Explicit(
                "TransformedDistribution",
                p -> new TransformedDistribution(new Normal(p[0], p[1]), new ExpTransform()),
                0.2,
                0.4),
            new Explicit(
                "Independent(Normal)",
                p -> new Normal(p[0], p[1]).expand(new Shape(3)).toEvent(1),
                0.1,
                2));
    return Engines.all().flatMap(e -> families.stream().map(f -> Arguments.of(e, f)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("explicitFamilies")
  void autogradMatchesFiniteDifferences(String engine, Explicit family) {
    Engines.use(engine, SEED);
    try (Scope s = Scope.open()) {
      NDArray[] params = new NDArray[family.at().length];
      for (int i = 0; i < params.length; i++) {
        params[i] = Backend.manager().create(family.at()[i]);
        params[i].setRequiresGradient(true);
      }
      Backend.seed(SEED);
      try (GradientCollector gc = Backend.newGradientCollector()) {
        NDArray z = family.make().apply(params).rsample(DRAWS);
        gc.backward(z.sum());
      }
      for (int i = 0; i < params.length; i++) {
        double h = 1e-6 * Math.max(1, Math.abs(family.at()[i]));
        double fd = (total(family, i, h) - total(family, i, -h)) / (2 * h);
        assertClose(params[i].getGradient().getDouble(), fd, 1e-5, 1e-7);
      }
    }
  }

  private static double total(Explicit family, int which, double shift) {
    NDArray[] p = new NDArray[family.at().length];
    for (int i = 0; i < p.length; i++) {
      p[i] = Backend.manager().create(family.at()[i] + (i == which ? shift : 0));
    }
    Backend.seed(SEED);
    return family.make().apply(p).rsample(DRAWS).sum().getDouble();
  }

  /** A family reparameterised implicitly in one parameter, with its cdf in that parameter. */
  record Implicit(String name, Function<NDArray, Distribution> make, double at, Cdf cdf) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code F(theta, z)}. */
  interface Cdf extends DoubleBinaryOperator {}

  static Stream<Arguments> implicitFamilies() {
    List<Implicit> families =
        List.of(
            new Implicit(
                "Gamma(concentration)",
                a -> new Gamma(a, a.onesLike().mul(2)),
                2.5,
                (a, z) -> SpecialFunctions.gammaP(a, 2 * z)),
            new Implicit(
                "Gamma(concentration < 1)",
                a -> new Gamma(a, a.onesLike()),
                0.4,
                SpecialFunctions::gammaP),
            new Implicit(
                "Gamma(concentration = 300)",
                a -> new Gamma(a, a.onesLike()),
                300.0,
                SpecialFunctions::gammaP),
            new Implicit(
                "InverseGamma(concentration)",
                a -> new InverseGamma(a, a.onesLike().mul(1.5)),
                3.0,
                (a, z) -> SpecialFunctions.gammaQ(a, 1.5 / z)),
            new Implicit(
                "Chi2(df)", Chi2::new, 3.0, (df, z) -> SpecialFunctions.gammaP(df / 2, z / 2)));
    return Engines.all().flatMap(e -> families.stream().map(f -> Arguments.of(e, f)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("implicitFamilies")
  void implicitGradientsSolveTheCdf(String engine, Implicit family) {
    Engines.use(engine, SEED);
    try (Scope s = Scope.open()) {
      NDArray theta = Backend.manager().create(family.at());
      theta.setRequiresGradient(true);
      NDArray z;
      try (GradientCollector gc = Backend.newGradientCollector()) {
        z = family.make().apply(theta).rsample(DRAWS);
        gc.backward(z.sum());
      }
      double[] draws = z.stopGradient().toType(DataType.FLOAT64, false).toDoubleArray();
      double expected = 0;
      double t = family.at();
      double h = 1e-6 * t;
      for (double zi : draws) {
        double dFdTheta =
            (family.cdf().applyAsDouble(t + h, zi) - family.cdf().applyAsDouble(t - h, zi))
                / (2 * h);
        double dz = zi * 1e-6;
        double density =
            (family.cdf().applyAsDouble(t, zi + dz) - family.cdf().applyAsDouble(t, zi - dz))
                / (2 * dz);
        expected += -dFdTheta / density;
      }
      assertClose(theta.getGradient().getDouble(), expected, 1e-4, 1e-7);
    }
  }
}
