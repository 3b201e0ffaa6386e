package dev.pyrite.runtime.plots;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The SVI loss curve: the loss (negative ELBO estimate) of every step, and its running mean over a
 * window of 1% of the steps, which shows the trend through the Monte Carlo noise.
 *
 * <pre>{@code
 * Path png = LossPlot.write(dir, "SVI beta-bernoulli", losses);
 * }</pre>
 */
public final class LossPlot {
  private LossPlot() {}

  /**
   * Writes {@code loss.png}.
   *
   * @param dir the plots folder
   * @param title the chart title
   * @param losses one loss per step
   * @return the file written
   * @throws IllegalArgumentException when there are no losses
   */
  public static Path write(Path dir, String title, double[] losses) {
    if (losses.length == 0) {
      throw new IllegalArgumentException("no SVI losses to plot; the run made no steps");
    }
    double[] steps = IntStream.rangeClosed(1, losses.length).asDoubleStream().toArray();
    XYChart chart = Charts.xy(title, "step", "loss (-ELBO)");
    style(chart.addSeries("loss", steps, losses), true);
    style(chart.addSeries("running mean", steps, runningMean(losses)), false);
    return Charts.writePng(chart, dir.resolve("loss.png"));
  }

  private static void style(XYSeries s, boolean thin) {
    s.setMarker(SeriesMarkers.NONE);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    if (thin) {
      s.setLineWidth(0.6f);
    }
  }

  /**
   * The mean of each window of {@code max(1, n / 100)} steps ending at a step.
   *
   * @param x the losses
   * @return the running means, same length
   */
  static double[] runningMean(double[] x) {
    int window = Math.max(1, x.length / 100);
    double[] out = new double[x.length];
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += x[i];
      if (i >= window) {
        sum -= x[i - window];
      }
      out[i] = sum / Math.min(i + 1, window);
    }
    return out;
  }
}
