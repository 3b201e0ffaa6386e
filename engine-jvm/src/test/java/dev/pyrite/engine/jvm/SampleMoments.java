package dev.pyrite.engine.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks of sample moments against analytic ones, in standard errors estimated from the sample
 * itself: {@code sd / sqrt(n)} for the mean, {@code sqrt((m4 - s^4) / n)} for the variance.
 */
final class SampleMoments {
  /** How many standard errors a moment may be off (a false alarm about once in 10^6 checks). */
  static final double Z = 5;

  private SampleMoments() {}

  static void check(String what, double[] x, double mean, double variance) {
    check(what, x, 0, x.length, mean, variance);
  }

  static void check(String what, double[] x, int from, int n, double mean, double variance) {
    double m = 0;
    for (int i = from; i < from + n; i++) {
      m += x[i];
    }
    m /= n;
    double m2 = 0;
    double m4 = 0;
    for (int i = from; i < from + n; i++) {
      double d = (x[i] - m) * (x[i] - m);
      m2 += d;
      m4 += d * d;
    }
    m2 /= n;
    m4 /= n;
    double seMean = Math.sqrt(m2 / n);
    double seVar = Math.sqrt(Math.max(m4 - m2 * m2, 0) / n);
    String detail =
        String.format(
            "%s: mean %.5g (expected %.5g, se %.2g), variance %.5g (expected %.5g, se %.2g)",
            what, m, mean, seMean, m2, variance, seVar);
    assertTrue(Math.abs(m - mean) <= Z * seMean, detail);
    assertTrue(Math.abs(m2 - variance) <= Z * seVar, detail);
  }

  static void checkFrequency(String what, long hits, int n, double p) {
    double se = Math.sqrt(p * (1 - p) / n);
    double f = hits / (double) n;
    assertTrue(
        Math.abs(f - p) <= Z * se,
        String.format("%s: frequency %.5f, expected %.5f (se %.2g)", what, f, p, se));
  }
}
