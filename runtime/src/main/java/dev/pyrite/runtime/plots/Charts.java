package dev.pyrite.runtime.plots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * What every plot shares: the image size, a headless AWT, the chart builder and writing a chart as
 * PNG through a temporary file and an atomic move (no half-written image is ever left).
 *
 * <pre>{@code
 * XYChart c = Charts.xy("loss", "step", "loss");
 * Charts.writePng(c, dir.resolve("loss.png"));
 * }</pre>
 */
public final class Charts {
  /** Width of every plot, in pixels. */
  public static final int WIDTH = 800;

  /** Height of every plot, in pixels. */
  public static final int HEIGHT = 480;

  private Charts() {}

  /**
   * A line chart of the standard size.
   *
   * @param title the title
   * @param xTitle the x axis title
   * @param yTitle the y axis title
   * @return the chart
   */
  public static XYChart xy(String title, String xTitle, String yTitle) {
    headless();
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.getStyler().setPlotGridLinesVisible(true);
    return chart;
  }

  /**
   * Writes a chart as a PNG file.
   *
   * @param chart the chart
   * @param file the target file
   * @return {@code file}
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static Path writePng(Chart<?, ?> chart, Path file) {
    try {
      byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
      return Reports.writeAtomically(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write plot " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A file name made of a site name: letters, digits, {@code -}, {@code _} and {@code .} kept, the
   * rest as {@code _}.
   *
   * @param name the site or element name
   * @return the safe name
   */
  public static String fileName(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static void headless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  static void move(Path tmp, Path target) throws IOException {
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
