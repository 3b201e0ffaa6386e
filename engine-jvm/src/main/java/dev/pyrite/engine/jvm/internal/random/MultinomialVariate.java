package dev.pyrite.engine.jvm.internal.random;

import java.util.SplittableRandom;

/**
 * Multinomial counts: {@code n} categorical draws by binary search of the cumulative probabilities,
 * tallied per category.
 *
 * <pre>{@code
 * double[] cdf = MultinomialVariate.cumulative(new double[] {0.2, 0.5, 0.3}, 0, 3);
 * double[] counts = new double[3];
 * MultinomialVariate.counts(RandomStream.engine().next(), 10, cdf, counts, 0);
 * }</pre>
 */
public final class MultinomialVariate {
  private MultinomialVariate() {}

  /**
   * The cumulative probabilities of one row; as in DJL, the last category takes whatever the others
   * leave, so its own value is not read.
   *
   * @param p the probabilities
   * @param from the row's first index in {@code p}
   * @param k the number of categories
   * @return {@code k - 1} increasing partial sums
   * @throws IllegalArgumentException when a probability is outside [0, 1] or they exceed 1
   */
  public static double[] cumulative(double[] p, int from, int k) {
    double[] cdf = new double[Math.max(0, k - 1)];
    double acc = 0;
    for (int j = 0; j < k - 1; j++) {
      double pj = p[from + j];
      if (!(pj >= 0 && pj <= 1)) {
        throw new IllegalArgumentException(
            "randomMultinomial: pValues["
                + (from + j)
                + "] = "
                + pj
                + " is not a probability; pass values in [0, 1] that sum to at most 1");
      }
      acc += pj;
      cdf[j] = acc;
    }
    if (acc > 1 + 1e-6) {
      throw new IllegalArgumentException(
          "randomMultinomial: the probabilities of a row sum to "
              + acc
              + " (above 1) before its last category; normalize pValues");
    }
    return cdf;
  }

  /**
   * Adds the counts of {@code n} draws to {@code out[offset .. offset + cdf.length]}.
   *
   * @param r the generator
   * @param n the number of draws
   * @param cdf the cumulative probabilities from {@link #cumulative}
   * @param out the destination, zeroed
   * @param offset where the row starts in {@code out}
   */
  public static void counts(SplittableRandom r, int n, double[] cdf, double[] out, int offset) {
    for (int t = 0; t < n; t++) {
      double u = r.nextDouble();
      int lo = 0;
      int hi = cdf.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (u < cdf[mid]) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      out[offset + lo]++;
    }
  }
}
