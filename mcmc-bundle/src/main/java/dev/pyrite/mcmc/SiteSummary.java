package dev.pyrite.mcmc;

import java.util.Arrays;

/**
 * Posterior summary of one site, one entry per element of the site (flattened, row-major): the
 * columns of Pyro's {@code MCMC.summary()} table without n_eff and r_hat.
 *
 * <pre>{@code
 * SiteSummary p = mcmc.summary().get("p");
 * System.out.println(p.mean()[0] + " +- " + p.sd()[0]);
 * }</pre>
 *
 * @param mean the posterior mean
 * @param sd the posterior standard deviation (unbiased, {@code n - 1})
 * @param q05 the 5% quantile
 * @param q50 the median
 * @param q95 the 95% quantile
 */
public record SiteSummary(double[] mean, double[] sd, double[] q05, double[] q50, double[] q95) {

  /**
   * Summarises draws. Quantiles interpolate linearly between order statistics, as {@code
   * torch.quantile} and Pyro do.
   *
   * @param draws the draws, row-major {@code (numDraws, elements)}
   * @param numDraws how many draws (rows)
   * @return the summary
   * @throws IllegalArgumentException when there are no draws or the length does not divide
   */
  public static SiteSummary of(double[] draws, int numDraws) {
    if (numDraws < 1 || draws.length % numDraws != 0) {
      throw new IllegalArgumentException(
          draws.length + " values cannot be split into " + numDraws + " draws");
    }
    int k = draws.length / numDraws;
    double[][] out = new double[5][k];
    double[] column = new double[numDraws];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < numDraws; i++) {
        column[i] = draws[i * k + j];
      }
      summarise(column, j, out);
    }
    return new SiteSummary(out[0], out[1], out[2], out[3], out[4]);
  }

  private static void summarise(double[] x, int j, double[][] out) {
    int n = x.length;
    double mean = Arrays.stream(x).sum() / n;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    out[0][j] = mean;
    out[1][j] = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
    out[2][j] = quantile(sorted, 0.05);
    out[3][j] = quantile(sorted, 0.50);
    out[4][j] = quantile(sorted, 0.95);
  }

  private static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int below = (int) Math.floor(pos);
    int above = Math.min(below + 1, sorted.length - 1);
    double w = pos - below;
    return sorted[below] * (1 - w) + sorted[above] * w;
  }

  /**
   * How many elements the site has.
   *
   * @return the length of each column
   */
  public int size() {
    return mean.length;
  }
}
