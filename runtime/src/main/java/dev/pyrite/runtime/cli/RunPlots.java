package dev.pyrite.runtime.cli;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.mcmc.diagnostics.Draws;
import dev.pyrite.runtime.plots.DensityPlot;
import dev.pyrite.runtime.plots.ForestPlot;
import dev.pyrite.runtime.plots.LossPlot;
import dev.pyrite.runtime.plots.Reports;
import dev.pyrite.runtime.plots.TracePlot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The plots of {@code pyrite run --plots DIR}: for SVI the loss curve; for MCMC a trace plot and a
 * marginal density per scalar (each element of a vector site; with the exact density where the
 * example knows it) and a forest plot per vector site; then {@code report.html} with the summary.
 *
 * <pre>{@code
 * RunPlots.svi(dir, "SVI beta-bernoulli", result.losses(), text, out);
 * RunPlots.mcmc(dir, "NUTS logreg", RunPlots.draws(mcmc.samples(true)), summary, Map.of(), out);
 * }</pre>
 */
final class RunPlots {
  private RunPlots() {}

  /**
   * Writes the SVI plots and the report.
   *
   * @param dir the plots folder
   * @param title the run, e.g. {@code SVI beta-bernoulli}
   * @param losses one loss per step
   * @param summary the printed result lines
   * @param out where the folder is announced
   */
  static void svi(Path dir, String title, double[] losses, String summary, PrintWriter out) {
    Reports report = new Reports(title, summary);
    report.add(LossPlot.write(dir, title, losses));
    finish(dir, report, out);
  }

  /**
   * Writes the MCMC plots and the report.
   *
   * @param dir the plots folder
   * @param title the run, e.g. {@code NUTS eight-schools}
   * @param sites site name to draws grouped by chain
   * @param summary the printed summary table
   * @param exact element name (e.g. {@code p}, {@code theta[0]}) to its exact posterior density
   * @param out where the folder is announced
   */
  static void mcmc(
      Path dir,
      String title,
      Map<String, Draws> sites,
      String summary,
      Map<String, DoubleUnaryOperator> exact,
      PrintWriter out) {
    Reports report = new Reports(title, summary);
    sites.forEach(
        (site, draws) -> {
          boolean vector = draws.eventShape().length > 0;
          if (vector) {
            double[][] q = draws.quantile(0.05, 0.5, 0.95);
            report.add(ForestPlot.write(dir, site, q[0], q[1], q[2]));
          }
          for (int e = 0; e < draws.elements(); e++) {
            String name = vector ? site + "[" + e + "]" : site;
            double[][] chains = draws.element(e);
            report.add(TracePlot.write(dir, name, chains));
            report.add(DensityPlot.write(dir, name, flatten(chains), exact.get(name)));
          }
        });
    finish(dir, report, out);
  }

  /**
   * Draws grouped by chain as {@link Draws}, one per site.
   *
   * @param byChain site name to draws {@code (chains, draws) + siteShape}
   * @return site name to draws, in the same order
   */
  static Map<String, Draws> draws(Map<String, NDArray> byChain) {
    Map<String, Draws> out = new LinkedHashMap<>();
    byChain.forEach(
        (site, a) -> {
          Shape s = a.getShape();
          int[] event = new int[s.dimension() - 2];
          for (int i = 0; i < event.length; i++) {
            event[i] = (int) s.get(i + 2);
          }
          double[] values = a.toType(DataType.FLOAT64, false).toDoubleArray();
          out.put(site, Draws.of(values, (int) s.get(0), (int) s.get(1), event));
        });
    return out;
  }

  private static double[] flatten(double[][] chains) {
    int n = 0;
    for (double[] c : chains) {
      n += c.length;
    }
    double[] all = new double[n];
    int at = 0;
    for (double[] c : chains) {
      System.arraycopy(c, 0, all, at, c.length);
      at += c.length;
    }
    return all;
  }

  private static void finish(Path dir, Reports report, PrintWriter out) {
    Path html = report.write(dir);
    out.printf("plots: %d PNG files and %s%n", report.plots().size(), html);
    out.flush();
  }
}
