package dev.pyrite.mcmc.internal;

import static dev.pyrite.testkit.Assertions.assertClose;

import org.junit.jupiter.api.Test;

/** Dual averaging on a known, smooth acceptance curve. */
class DualAveragingTest {
  /** A decreasing acceptance curve with acceptProb(1) = 0.8. */
  private static double acceptProb(double eps) {
    return 1 / (1 + 0.25 * Math.pow(eps, 4));
  }

  @Test
  void averagedStepSizeReachesTheTargetAcceptance() {
    DualAveraging da = new DualAveraging(0.8, 0.01);
    for (int i = 0; i < 2000; i++) {
      da.update(acceptProb(da.stepSize()));
    }
    assertClose(acceptProb(da.averagedStepSize()), 0.8, 0, 0.005);
    assertClose(da.averagedStepSize(), 1.0, 0.01, 0);
  }

  @Test
  void nanAcceptanceCountsAsRejection() {
    DualAveraging da = new DualAveraging(0.8, 1.0);
    da.update(Double.NaN);
    // g = 0.8, x_1 = log(10) - sqrt(1) / 0.05 * 0.8 / 11
    assertClose(Math.log(da.stepSize()), Math.log(10) - 0.8 / 11 / 0.05, 1e-12, 0);
  }

  @Test
  void averagedStepSizeBeforeAnyUpdateIsTheStart() {
    assertClose(new DualAveraging(0.8, 0.3).averagedStepSize(), 0.3, 1e-12, 0);
  }
}
