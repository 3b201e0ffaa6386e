package dev.pyrite.mcmc;

import dev.pyrite.mcmc.diagnostics.Draws;
import java.util.Arrays;

/**
 * Posterior summary of one site, one entry per element of the site (flattened, row-major): the
 * columns of Pyro's {@code MCMC.summary()} table. Mean, sd and quantiles are over the pooled draws
 * of all chains; {@code nEff} is the multi-chain effective sample size and {@code rHat} the split
 * Gelman-Rubin statistic ({@link dev.pyrite.mcmc.diagnostics.Diagnostics}); both are NaN when there
 * are too few draws (fewer than 2, resp. 4, per chain).
 *
 * <pre>{@code
 * SiteSummary p = mcmc.summary().get("p");
 * System.out.println(p.mean()[0] + " +- " + p.sd()[0] + ", n_eff " + p.nEff()[0]);
 * }</pre>
 *
 * @param mean the posterior mean
 * @param sd the posterior standard deviation (unbiased, {@code n - 1})
 * @param q05 the 5% quantile
 * @param q50 the median
 * @param q95 the 95% quantile
 * @param nEff the effective sample size over all chains
 * @param rHat the split R-hat
 */
public record SiteSummary(
    double[] mean,
    double[] sd,
    double[] q05,
    double[] q50,
    double[] q95,
    double[] nEff,
    double[] rHat) {

  /**
   * Summarises the draws of one chain. Quantiles interpolate linearly between order statistics, as
   * {@code torch.quantile} and Pyro do.
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
    return of(Draws.of(draws, 1, numDraws, draws.length / numDraws));
  }

  /**
   * Summarises the draws of several chains.
   *
   * @param draws the draws {@code (chains, draws, event...)}
   * @return the summary, one entry per event element
   */
  public static SiteSummary of(Draws draws) {
    double[][] q = draws.quantile(0.05, 0.5, 0.95);
    int k = draws.elements();
    double[] nEff = draws.draws() >= 2 ? draws.effectiveSampleSize() : nan(k);
    double[] rHat = draws.draws() >= 4 ? draws.splitGelmanRubin() : nan(k);
    return new SiteSummary(draws.mean(), draws.sd(), q[0], q[1], q[2], nEff, rHat);
  }

  private static double[] nan(int k) {
    double[] v = new double[k];
    Arrays.fill(v, Double.NaN);
    return v;
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
