package dev.pyrite.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyrite.runtime.plots.Charts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --plots DIR} writes decodable PNGs of the stated size that are not blank, and a report
 * that shows every one of them.
 */
class PlotsTest {
  @TempDir Path dir;

  @Test
  void sviWritesTheLossCurveAndTheReport() throws IOException {
    Path plots = dir.resolve("svi");
    CliRunner.Result r =
        CliRunner.run(
            "run",
            "beta-bernoulli",
            "--steps",
            "60",
            "--engine",
            "Jvm",
            "--plots",
            plots.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("loss.png"), pngs(plots));
    assertImage(plots.resolve("loss.png"));
    assertReportShowsEveryPlot(plots, "posterior p: mean");
  }

  @Test
  void mcmcWritesTraceDensityAndForestPlots() throws IOException {
    Path plots = dir.resolve("mcmc");
    CliRunner.Result r =
        CliRunner.run(
            "run",
            "eight-schools",
            "--samples",
            "60",
            "--warmup",
            "60",
            "--chains",
            "2",
            "--plots",
            plots.toString());
    assertEquals(0, r.status(), r.err());
    List<String> files = pngs(plots);
    assertTrue(files.contains("forest_theta.png"), files.toString());
    assertTrue(files.contains("forest_theta_decentered.png"), files.toString());
    assertTrue(files.contains("trace_mu.png"), files.toString());
    assertTrue(files.contains("density_tau.png"), files.toString());
    assertTrue(files.contains("trace_theta_7_.png"), files.toString());
    // mu, tau: trace + density; theta_decentered and theta: 8 x (trace + density) + forest
    assertEquals(2 * 2 + 2 * (8 * 2 + 1), files.size(), files.toString());
    for (String f : files) {
      assertImage(plots.resolve(f));
    }
    assertReportShowsEveryPlot(plots, "n_eff");
  }

  @Test
  void betaBernoulliNutsDrawsTheExactDensity() throws IOException {
    Path plots = dir.resolve("nuts");
    CliRunner.Result r =
        CliRunner.run(
            "run",
            "beta-bernoulli",
            "--method",
            "nuts",
            "--samples",
            "80",
            "--engine",
            "Jvm",
            "--plots",
            plots.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("density_p.png", "trace_p.png"), pngs(plots));
    assertImage(plots.resolve("density_p.png"));
  }

  private static List<String> pngs(Path plots) throws IOException {
    try (Stream<Path> files = Files.list(plots)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".png"))
          .sorted()
          .toList();
    }
  }

  /** Decodes as an image of the stated size, with drawn content (not one colour, not all white). */
  private static void assertImage(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(image != null, png + " does not decode");
    assertEquals(Charts.WIDTH, image.getWidth(), png.toString());
    assertEquals(Charts.HEIGHT, image.getHeight(), png.toString());
    Set<Integer> colours = new HashSet<>();
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) {
          inked++;
        }
      }
    }
    assertTrue(colours.size() > 10, png + " has only " + colours.size() + " colours");
    assertTrue(inked > 2000, png + " has only " + inked + " drawn pixels");
  }

  private static void assertReportShowsEveryPlot(Path plots, String summary) throws IOException {
    String html = Files.readString(plots.resolve("report.html"));
    assertTrue(html.contains(summary), html);
    for (String f : pngs(plots)) {
      assertTrue(html.contains("src=\"" + f + "\""), f + " missing from the report");
    }
  }
}
