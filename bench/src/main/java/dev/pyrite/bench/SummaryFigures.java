package dev.pyrite.bench;

import dev.pyrite.mcmc.SiteSummary;
import java.util.Map;

/**
 * Figures over an MCMC summary: the smallest effective sample size and the largest split R-hat over
 * every element of every latent site, and one site's mean and sd as JSON values (a number for a
 * scalar site, an array for a vector site). NaN propagates, so a degenerate chain shows.
 *
 * <pre>{@code
 * Map<String, SiteSummary> s = mcmc.summary();
 * SummaryFigures.putEssAndRHat(figures, s, wallSeconds);   // ess_min, ess_min_site, ..., r_hat_max
 * figures.put("posterior_mean_mu", SummaryFigures.value(s.get("mu").mean()));
 * }</pre>
 */
final class SummaryFigures {
  private SummaryFigures() {}

  /**
   * Adds {@code ess_min}, {@code ess_min_site}, {@code ess_min_per_s_total} and {@code r_hat_max}.
   *
   * @param figures where to add them
   * @param summary the summary of every latent site
   * @param wallSecondsTotal the run's total wall time (warmup included)
   */
  static void putEssAndRHat(
      Map<String, Object> figures, Map<String, SiteSummary> summary, double wallSecondsTotal) {
    double essMin = Double.POSITIVE_INFINITY;
    String essSite = null;
    double rHatMax = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, SiteSummary> e : summary.entrySet()) {
      SiteSummary s = e.getValue();
      for (int j = 0; j < s.size(); j++) {
        double n = s.nEff()[j];
        if (!Double.isNaN(essMin) && (Double.isNaN(n) || n < essMin)) {
          essMin = n;
          essSite = s.size() == 1 ? e.getKey() : e.getKey() + "[" + j + "]";
        }
        double r = s.rHat()[j];
        if (!Double.isNaN(rHatMax) && (Double.isNaN(r) || r > rHatMax)) {
          rHatMax = r;
        }
      }
    }
    figures.put("ess_min", essMin);
    figures.put("ess_min_site", essSite);
    figures.put("ess_min_per_s_total", essMin / wallSecondsTotal);
    figures.put("r_hat_max", rHatMax);
  }

  /**
   * A column of a site's summary as a JSON value.
   *
   * @param column one entry per element, e.g. {@link SiteSummary#mean()}
   * @return the number for a scalar site, else the array
   */
  static Object value(double[] column) {
    return column.length == 1 ? (Object) column[0] : column;
  }
}
