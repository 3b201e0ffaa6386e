package dev.pyrite.engine.jvm.internal.random;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Gamma;

/**
 * Poisson variates: sequential inversion of the cdf for rates below {@value #INVERSION_LIMIT}
 * (expected cost grows with the rate), Hörmann's transformed rejection with squeeze (PTRS, 1993)
 * above (bounded expected cost).
 *
 * <pre>{@code
 * double k = PoissonVariate.draw(RandomStream.engine().next(), 3.5);
 * }</pre>
 */
public final class PoissonVariate {
  static final double INVERSION_LIMIT = 10;

  private PoissonVariate() {}

  /**
   * One draw.
   *
   * @param r the generator
   * @param rate the rate, non-negative and finite
   * @return a count
   */
  public static double draw(SplittableRandom r, double rate) {
    if (rate == 0) {
      return 0;
    }
    return rate < INVERSION_LIMIT ? inversion(r, rate) : transformedRejection(r, rate);
  }

  private static double inversion(SplittableRandom r, double rate) {
    double p = Math.exp(-rate);
    double cdf = p;
    double u = r.nextDouble();
    int k = 0;
    // the tail beyond 1000 has probability below 1e-300 for these rates; the bound guards rounding
    while (u > cdf && k < 1000) {
      k++;
      p *= rate / k;
      cdf += p;
    }
    return k;
  }

  private static double transformedRejection(SplittableRandom r, double rate) {
    double logRate = Math.log(rate);
    double b = 0.931 + 2.53 * Math.sqrt(rate);
    double a = -0.059 + 0.02483 * b;
    double logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = r.nextDouble() - 0.5;
      double v = r.nextDouble();
      double us = 0.5 - Math.abs(u);
      double k = Math.floor((2 * a / us + b) * u + rate + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      double lhs = Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b);
      if (lhs <= -rate + k * logRate - Gamma.logGamma(k + 1)) {
        return k;
      }
    }
  }
}
