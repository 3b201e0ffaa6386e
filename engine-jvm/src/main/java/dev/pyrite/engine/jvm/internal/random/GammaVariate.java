package dev.pyrite.engine.jvm.internal.random;

import java.util.SplittableRandom;

/**
 * Standard gamma variates ({@code Gamma(alpha, 1)}) by Marsaglia and Tsang's squeeze method (2000);
 * shapes below 1 are boosted, {@code Gamma(alpha) = Gamma(alpha + 1) U^(1/alpha)}.
 *
 * <pre>{@code
 * double g = GammaVariate.standard(RandomStream.engine().next(), 2.5);
 * }</pre>
 */
public final class GammaVariate {
  private GammaVariate() {}

  /**
   * One draw.
   *
   * @param r the generator
   * @param alpha the shape, positive and finite
   * @return a draw, positive (it may underflow to 0 for shapes far below 1)
   */
  public static double standard(SplittableRandom r, double alpha) {
    if (alpha >= 1) {
      return squeeze(r, alpha);
    }
    double logBoost = Math.log(Variates.openUniform(r)) / alpha;
    return Math.exp(Math.log(squeeze(r, alpha + 1)) + logBoost);
  }

  private static double squeeze(SplittableRandom r, double alpha) {
    double d = alpha - 1.0 / 3.0;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = r.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = Variates.openUniform(r);
      double x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
