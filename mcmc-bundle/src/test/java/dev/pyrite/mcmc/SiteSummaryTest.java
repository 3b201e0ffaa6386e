package dev.pyrite.mcmc;

import static dev.pyrite.testkit.Assertions.assertClose;

import org.junit.jupiter.api.Test;

/** Summary statistics on known draws. */
class SiteSummaryTest {
  @Test
  void quantilesInterpolateAndSdIsUnbiased() {
    int n = 101;
    double[] draws = new double[2 * n]; // two elements per draw: k and -2k
    for (int k = 0; k < n; k++) {
      draws[2 * k] = 100 - k;
      draws[2 * k + 1] = -2.0 * k;
    }
    SiteSummary s = SiteSummary.of(draws, n);
    assertClose(s.mean()[0], 50, 1e-12, 0);
    assertClose(s.sd()[0], Math.sqrt(858.5), 1e-12, 0);
    assertClose(s.q05()[0], 5, 1e-12, 0);
    assertClose(s.q50()[0], 50, 1e-12, 0);
    assertClose(s.q95()[0], 95, 1e-12, 0);
    assertClose(s.q05()[1], -190, 1e-12, 0);
    double[] four = {1, 2, 3, 4};
    // torch.quantile([1, 2, 3, 4], 0.05) = 1.15
    assertClose(SiteSummary.of(four, 4).q05()[0], 1.15, 1e-12, 0);
  }
}
