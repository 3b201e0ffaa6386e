package dev.pyrite.runtime.plots;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The marginal posterior density of one scalar: a histogram of its draws (all chains), scaled to a
 * density, and where the example knows it the exact posterior density drawn over it.
 *
 * <pre>{@code
 * Path png = DensityPlot.write(dir, "p", draws, p -> exactBetaDensity(p));
 * }</pre>
 */
public final class DensityPlot {
  private static final int GRID = 200;

  private DensityPlot() {}

  /**
   * Writes {@code density_<name>.png}.
   *
   * @param dir the plots folder
   * @param name the site or element name
   * @param draws the draws of every chain
   * @param exact the exact density, or {@code null} when there is none
   * @return the file written
   */
  public static Path write(Path dir, String name, double[] draws, DoubleUnaryOperator exact) {
    double min = Arrays.stream(draws).min().orElse(0);
    double max = Arrays.stream(draws).max().orElse(1);
    if (!(max > min)) {
      max = min + 1;
    }
    int bins = Math.max(10, Math.min(60, (int) Math.sqrt(draws.length)));
    Histogram h = new Histogram(Arrays.stream(draws).boxed().toList(), bins, min, max);
    XYChart chart = Charts.xy("posterior of " + name, name, "density");
    XYSeries hist =
        chart.addSeries("draws", h.getxAxisData(), density(h.getyAxisData(), draws.length, h));
    hist.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
    hist.setMarker(SeriesMarkers.NONE);
    if (exact != null) {
      double[] x = new double[GRID];
      double[] y = new double[GRID];
      for (int i = 0; i < GRID; i++) {
        x[i] = min + (max - min) * i / (GRID - 1);
        y[i] = exact.applyAsDouble(x[i]);
      }
      XYSeries e = chart.addSeries("exact", x, y);
      e.setMarker(SeriesMarkers.NONE);
      e.setLineWidth(2f);
    } else {
      chart.getStyler().setLegendVisible(false);
    }
    return Charts.writePng(chart, dir.resolve("density_" + Charts.fileName(name) + ".png"));
  }

  private static List<Double> density(List<Double> counts, int n, Histogram h) {
    double width = (h.getMax() - h.getMin()) / h.getNumBins();
    return counts.stream().map(c -> c / (n * width)).toList();
  }
}
