package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.testkit.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pathwise gradients of Gamma and Beta draws: the mean of d(draw)/d(param) over many draws must
 * equal the derivative of the analytic mean (an unbiased-gradient check, fixed seed).
 */
class ReparameterizedGradientTest {
  private static final int N = 20000;

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void gammaConcentrationGradientMatchesDerivativeOfMean(String engine) {
    Engines.use(engine, 1);
    for (double a : new double[] {0.5, 2.0, 30.0}) {
      try (Scope s = Scope.open()) {
        NDArray conc = Backend.manager().create(a).toType(DataType.FLOAT64, false);
        NDArray rate = Backend.manager().create(2.0);
        conc.setRequiresGradient(true);
        try (GradientCollector gc = Backend.newGradientCollector()) {
          NDArray z = new Gamma(conc, rate).rsample(new Shape(N));
          gc.backward(z.mean());
        }
        // E[z] = a / rate, so dE[z]/da = 1 / rate = 0.5
        assertClose(conc.getGradient().getDouble(), 0.5, 0.03, 0.0);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void betaGradientsMatchDerivativesOfMean(String engine) {
    Engines.use(engine, 2);
    try (Scope s = Scope.open()) {
      NDArray a = Backend.manager().create(3.0);
      NDArray b = Backend.manager().create(5.0);
      a.setRequiresGradient(true);
      b.setRequiresGradient(true);
      try (GradientCollector gc = Backend.newGradientCollector()) {
        NDArray x = new Beta(a, b).rsample(new Shape(N));
        gc.backward(x.mean());
      }
      // E[x] = a / (a + b): d/da = b / (a+b)^2, d/db = -a / (a+b)^2
      assertClose(a.getGradient().getDouble(), 5.0 / 64, 0.05, 0.0);
      assertClose(b.getGradient().getDouble(), -3.0 / 64, 0.05, 0.0);
    }
  }
}
