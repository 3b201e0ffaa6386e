package dev.pyrite.runtime.plots;

import java.nio.file.Path;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The forest plot of a vector site: for each element its 5-95% posterior interval as a horizontal
 * line and its median as a dot, elements stacked from top (element 0) to bottom.
 *
 * <pre>{@code
 * Path png = ForestPlot.write(dir, "theta", q05, q50, q95);
 * }</pre>
 */
public final class ForestPlot {
  private ForestPlot() {}

  /**
   * Writes {@code forest_<site>.png}.
   *
   * @param dir the plots folder
   * @param site the site name
   * @param q05 the 5% quantile of every element
   * @param q50 the medians
   * @param q95 the 95% quantiles
   * @return the file written
   * @throws IllegalArgumentException when the arrays differ in length or are empty
   */
  public static Path write(Path dir, String site, double[] q05, double[] q50, double[] q95) {
    int n = q50.length;
    if (n == 0 || q05.length != n || q95.length != n) {
      throw new IllegalArgumentException(
          "forest plot of " + site + ": need as many 5%, 50% and 95% quantiles, at least one");
    }
    XYChart chart = Charts.xy(site + ": median and 5-95% interval", site, "element");
    chart.getStyler().setLegendVisible(false);
    double[] rows = new double[n];
    for (int i = 0; i < n; i++) {
      rows[i] = n - 1 - i;
      XYSeries line =
          chart.addSeries(
              site + "[" + i + "]", new double[] {q05[i], q95[i]}, new double[] {rows[i], rows[i]});
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(java.awt.Color.DARK_GRAY);
      line.setLineWidth(2f);
    }
    XYSeries medians = chart.addSeries("median", q50, rows);
    medians.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    medians.setMarker(SeriesMarkers.CIRCLE);
    medians.setMarkerColor(java.awt.Color.RED);
    return Charts.writePng(chart, dir.resolve("forest_" + Charts.fileName(site) + ".png"));
  }
}
