package dev.pyrite.mcmc;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pyro's {@code MCMC.summary()} table: one row per site element with mean, std, median, 5.0%,
 * 95.0%, n_eff and r_hat, then the number of divergences and one line per chain (step size,
 * acceptance, mean tree depth, divergences).
 *
 * <pre>{@code
 *                 mean       std    median      5.0%     95.0%     n_eff     r_hat
 *          p      0.69      0.05      0.69      0.61      0.76   1806.48      1.00
 *
 * Number of divergences: 0
 * }</pre>
 */
final class SummaryTable {
  private SummaryTable() {}

  static void print(
      PrintStream out,
      Map<String, SiteSummary> sites,
      long divergences,
      List<ChainDiagnostics> chains) {
    int width = 10;
    for (Map.Entry<String, SiteSummary> e : sites.entrySet()) {
      width = Math.max(width, rowName(e.getKey(), e.getValue(), 0).length() + 2);
    }
    String header = "%" + width + "s%10s%10s%10s%10s%10s%10s%10s%n";
    out.printf(Locale.ROOT, header, "", "mean", "std", "median", "5.0%", "95.0%", "n_eff", "r_hat");
    String row = "%" + width + "s%10.2f%10.2f%10.2f%10.2f%10.2f%10.2f%10.2f%n";
    for (Map.Entry<String, SiteSummary> e : sites.entrySet()) {
      SiteSummary s = e.getValue();
      for (int j = 0; j < s.size(); j++) {
        out.printf(
            Locale.ROOT,
            row,
            rowName(e.getKey(), s, j),
            s.mean()[j],
            s.sd()[j],
            s.q50()[j],
            s.q05()[j],
            s.q95()[j],
            s.nEff()[j],
            s.rHat()[j]);
      }
    }
    out.printf(Locale.ROOT, "%nNumber of divergences: %d%n", divergences);
    for (ChainDiagnostics c : chains) {
      out.printf(
          Locale.ROOT,
          "chain %d: step size %.3g, accept prob %.2f, mean tree depth %.2f, divergences %d%n",
          c.chain(),
          c.stepSize(),
          c.meanAcceptProb(),
          c.meanTreeDepth(),
          c.divergences());
    }
  }

  private static String rowName(String name, SiteSummary s, int j) {
    return s.size() == 1 ? name : name + "[" + j + "]";
  }
}
