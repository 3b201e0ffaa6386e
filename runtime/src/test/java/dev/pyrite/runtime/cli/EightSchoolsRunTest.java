package dev.pyrite.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.mcmc.diagnostics.Draws;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pyrite run eight-schools} at a small size (100 warmup + 100 samples, 2 chains; non-centred
 * on the Jvm engine, centred on PyTorch): the summary table with theta in the original coordinates
 * on standard out, and the JSON's keys, array lengths and plausible values; centred with HMC and a
 * dense mass matrix; theta derived draw by draw.
 */
class EightSchoolsRunTest {
  private static final List<String> STATS =
      List.of("mean", "sd", "q05", "q50", "q95", "n_eff", "r_hat");

  @TempDir Path dir;

  @Test
  void nonCentredNutsReportsThetaInTheOriginalCoordinates() throws IOException {
    Path file = dir.resolve("w6.json");
    CliRunner.Result r = run(file, "Jvm", "--seed", "5");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("n_eff"), r.out());
    assertTrue(r.out().contains("theta_decentered[7]"), r.out());
    assertTrue(r.out().contains("theta in the original coordinates"), r.out());
    assertTrue(r.out().contains("    theta[7]"), r.out());
    assertTrue(r.out().contains("warmup "), r.out());
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    assertHeader(root, "Jvm", "nuts", false);
    JsonNode posterior = root.get("posterior");
    assertEquals(List.of("mu", "tau", "theta_decentered", "theta"), names(posterior));
    assertScalar(posterior.get("mu"));
    assertScalar(posterior.get("tau"));
    assertVector(posterior.get("theta_decentered"), 8);
    assertVector(posterior.get("theta"), 8);
    double mu = posterior.get("mu").get("mean").asDouble();
    assertTrue(mu > -5 && mu < 15, "mu mean " + mu);
    assertTrue(posterior.get("tau").get("q05").asDouble() > 0, posterior.get("tau").toString());
    for (JsonNode m : posterior.get("theta").get("mean")) {
      assertTrue(m.asDouble() > -10 && m.asDouble() < 25, "theta mean " + m);
    }
    assertEquals(2, root.get("per_chain").size());
  }

  @Test
  void centredHmcWithDenseMassKeepsTheta() throws IOException {
    Path file = dir.resolve("centred.json");
    CliRunner.Result r = run(file, "PyTorch", "--centered", "--method", "hmc", "--dense-mass");
    assertEquals(0, r.status(), r.err());
    assertFalse(r.out().contains("original coordinates"), r.out());
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    assertHeader(root, "PyTorch", "hmc", true);
    assertTrue(root.get("dense_mass").asBoolean());
    assertEquals(List.of("mu", "tau", "theta"), names(root.get("posterior")));
    assertVector(root.get("posterior").get("theta"), 8);
  }

  @Test
  void thetaIsMuPlusTauTimesTheDecentredDrawByDraw() {
    // 1 chain, 2 draws, 2 schools
    Draws theta =
        EightSchoolsExecutor.theta(
            new double[] {1, 2}, new double[] {10, 0.5}, new double[] {0.1, -0.2, 4, -4}, 1, 2);
    assertArrayEquals(new int[] {2}, theta.eventShape());
    assertArrayEquals(new double[] {2, -1, 4, 0}, theta.values(), 1e-12);
  }

  private static CliRunner.Result run(Path json, String engine, String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                "eight-schools",
                "--warmup",
                "100",
                "--samples",
                "100",
                "--chains",
                "2",
                "--engine",
                engine,
                "--json",
                json.toString()));
    args.addAll(List.of(extra));
    return CliRunner.run(args.toArray(String[]::new));
  }

  private static void assertHeader(JsonNode root, String engine, String method, boolean centered) {
    assertEquals("eight-schools", root.get("example").asText());
    assertEquals(method, root.get("method").asText());
    assertEquals(engine, root.get("engine").asText());
    assertEquals(centered, root.get("centered").asBoolean());
    assertEquals(2, root.get("chains").asInt());
    assertEquals(100, root.get("warmup").asInt());
    assertEquals(100, root.get("samples").asInt());
    assertTrue(root.get("divergences").isIntegralNumber(), root.toString());
    double seconds = root.get("seconds").asDouble();
    assertTrue(root.get("warmup_seconds").asDouble() > 0, root.toString());
    assertTrue(root.get("sampling_seconds").asDouble() > 0, root.toString());
    assertEquals(
        seconds,
        root.get("warmup_seconds").asDouble() + root.get("sampling_seconds").asDouble(),
        1e-6);
  }

  static List<String> names(JsonNode object) {
    List<String> out = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  static void assertScalar(JsonNode site) {
    assertEquals(STATS, names(site));
    for (String k : STATS) {
      assertTrue(site.get(k).isNumber(), k + " of " + site);
    }
    assertOrdered(
        site.get("q05").asDouble(), site.get("q50").asDouble(), site.get("q95").asDouble());
  }

  static void assertVector(JsonNode site, int length) {
    assertEquals(STATS, names(site));
    for (String k : STATS) {
      assertTrue(site.get(k).isArray(), k + " of " + site);
      assertEquals(length, site.get(k).size(), k + " of " + site);
    }
    for (int j = 0; j < length; j++) {
      assertOrdered(
          site.get("q05").get(j).asDouble(),
          site.get("q50").get(j).asDouble(),
          site.get("q95").get(j).asDouble());
    }
  }

  private static void assertOrdered(double q05, double q50, double q95) {
    assertTrue(q05 <= q50 && q50 <= q95, q05 + " " + q50 + " " + q95);
  }
}
