package dev.pyrite.runtime.cli;

import dev.pyrite.mcmc.SiteSummary;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * Rows of Pyro's summary table for a site the MCMC runner does not know, such as a quantity derived
 * from the draws: a header, then one row per element with mean, std, median, 5.0%, 95.0%, n_eff and
 * r_hat, in the columns of {@code MCMC.printSummary}.
 *
 * <pre>{@code
 *              mean       std    median      5.0%     95.0%     n_eff     r_hat
 * theta[0]     6.21      5.60      5.83     -1.91     16.24   1502.33      1.00
 * }</pre>
 */
final class SummaryRows {
  private static final int COLUMN = 10;

  private SummaryRows() {}

  /**
   * The name column's width of {@code MCMC.printSummary} for some sites, so rows printed here line
   * up with it: the longest name of a first row plus 2, at least 10.
   *
   * @param sites the sites of the table
   * @return the width
   */
  static int width(Map<String, SiteSummary> sites) {
    int width = COLUMN;
    for (Map.Entry<String, SiteSummary> e : sites.entrySet()) {
      width = Math.max(width, rowName(e.getKey(), e.getValue(), 0).length() + 2);
    }
    return width;
  }

  /**
   * Prints a site's rows.
   *
   * @param out where to print
   * @param name the site name ({@code name[i]} per element when it has several)
   * @param s its summary
   * @param width the width of the name column (at least the longest row name plus 2)
   */
  static void print(PrintWriter out, String name, SiteSummary s, int width) {
    int w = Math.max(width, rowName(name, s, s.size() - 1).length() + 2);
    String header = "%" + w + "s" + "%10s".repeat(7) + "%n";
    out.printf(Locale.ROOT, header, "", "mean", "std", "median", "5.0%", "95.0%", "n_eff", "r_hat");
    String row = "%" + w + "s" + ("%" + COLUMN + ".2f").repeat(7) + "%n";
    for (int j = 0; j < s.size(); j++) {
      out.printf(
          Locale.ROOT,
          row,
          rowName(name, s, j),
          s.mean()[j],
          s.sd()[j],
          s.q50()[j],
          s.q05()[j],
          s.q95()[j],
          s.nEff()[j],
          s.rHat()[j]);
    }
    out.flush();
  }

  private static String rowName(String name, SiteSummary s, int j) {
    return s.size() == 1 ? name : name + "[" + j + "]";
  }
}
