package dev.pyrite.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyrite.examples.LinearRegression.Result;
import dev.pyrite.examples.LinearRegression.Settings;
import dev.pyrite.testkit.Engines;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed notebook's linear regression reaches Pyro's accuracy with SVI, AutoNormal, Adam(0.05)
 * and 5000 steps: Pyro 1.8.6 reaches an RMSE of beta of 0.41 on the full batch and 0.84 with
 * subsamples of 20 rows; the targets are 0.6 and 1.2. Each run takes 20 to 35 s on two cores.
 */
@Tag("slow")
class LinearRegressionTest {
  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void fullBatchRecoversBeta(String engine) {
    Engines.use(engine, 0);
    Result r = LinearRegression.run(Settings.defaults(null), i -> {});
    report(r);
    assertTrue(r.rmseBeta() < 0.6, "rmse_beta " + r.rmseBeta());
    // a NumPy re-implementation of the same SVI ends between 32 and 36 after 5000 steps (the
    // mean-field optimum, at 3, is still far: sigmaSq shrinks slowly as beta fits)
    assertTrue(r.sigmaSqMedian() > 10 && r.sigmaSqMedian() < 100, "sigma_sq " + r.sigmaSqMedian());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void subsamplesOfTwentyRowsRecoverBeta(String engine) {
    Engines.use(engine, 0);
    Result r = LinearRegression.run(Settings.defaults(20), i -> {});
    report(r);
    assertTrue(r.rmseBeta() < 1.2, "rmse_beta " + r.rmseBeta());
  }

  private static void report(Result r) {
    System.out.printf(
        "linreg %s subsample=%s: rmse_beta %.4f, sigma_sq median %.4f, %.1f s%n",
        r.engine(), r.settings().subsample(), r.rmseBeta(), r.sigmaSqMedian(), r.seconds());
  }
}
