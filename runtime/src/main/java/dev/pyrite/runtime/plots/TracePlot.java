package dev.pyrite.runtime.plots;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The trace plot of one scalar (a site, or one element of a vector site): its post-warmup draws
 * against the draw index, one line per chain.
 *
 * <pre>{@code
 * Path png = TracePlot.write(dir, "theta[0]", drawsPerChain);
 * }</pre>
 */
public final class TracePlot {
  private TracePlot() {}

  /**
   * Writes {@code trace_<name>.png}.
   *
   * @param dir the plots folder
   * @param name the site or element name
   * @param chains the draws, {@code [chain][draw]}
   * @return the file written
   */
  public static Path write(Path dir, String name, double[][] chains) {
    XYChart chart = Charts.xy("trace of " + name, "draw", name);
    chart.getStyler().setLegendVisible(chains.length > 1);
    for (int c = 0; c < chains.length; c++) {
      double[] x = IntStream.range(0, chains[c].length).asDoubleStream().toArray();
      XYSeries s = chart.addSeries("chain " + c, x, chains[c]);
      s.setMarker(SeriesMarkers.NONE);
      s.setLineWidth(0.7f);
    }
    return Charts.writePng(chart, dir.resolve("trace_" + Charts.fileName(name) + ".png"));
  }
}
