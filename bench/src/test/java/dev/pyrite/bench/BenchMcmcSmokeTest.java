package dev.pyrite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * W3, W6 and W7 run end to end at a tiny size (40 warmup + 20 samples) on PyTorch and print every
 * figure the workload definitions name, each a finite number; the counts are consistent and the
 * lines are appended to {@code --out}. No timing is asserted.
 */
class BenchMcmcSmokeTest {
  private static final List<String> COMMON =
      List.of(
          "wall_s_total",
          "wall_s_warmup",
          "wall_s_sampling",
          "grad_evals_total",
          "grad_evals_warmup",
          "grad_evals_sampling",
          "batched_grad_evals",
          "batched_grad_evals_sampling",
          "ms_per_grad",
          "ms_per_grad_sampling",
          "ms_per_batched_grad",
          "divergences",
          "warmup_divergences",
          "chains",
          "warmup",
          "samples");

  private static final Map<String, List<String>> SPECIFIC =
      Map.of(
          "W3",
          List.of("ess_p", "ess_p_per_s_total", "posterior_mean_p", "posterior_sd_p", "r_hat_p"),
          "W6",
          List.of(
              "ess_mu",
              "ess_tau",
              "ess_min",
              "ess_min_per_s_total",
              "r_hat_max",
              "posterior_mean_mu",
              "posterior_sd_mu",
              "posterior_mean_tau",
              "posterior_sd_tau",
              "posterior_mean_theta",
              "posterior_sd_theta"),
          "W7",
          List.of(
              "ess_min",
              "ess_min_per_s_total",
              "r_hat_max",
              "ess_w",
              "ess_b",
              "posterior_mean_w",
              "posterior_sd_w",
              "posterior_mean_b",
              "posterior_sd_b",
              "rmse_w"));

  private static final Map<String, Integer> CHAINS = Map.of("W3", 1, "W6", 4, "W7", 1);

  @Test
  void printsEveryFigureFinite(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("runs.jsonl");
    Files.writeString(file, "{\"earlier\":1}");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code =
        new CommandLine(new Bench(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
            .execute(
                "--workloads",
                "W3,W6,W7",
                "--engine",
                "PyTorch",
                "--steps",
                "20",
                "--warmup",
                "40",
                "--out",
                file.toString());
    assertEquals(0, code);
    List<String> lines = List.of(bytes.toString(StandardCharsets.UTF_8).trim().split("\n"));
    assertEquals(3, lines.size());
    ObjectMapper json = new ObjectMapper();
    List<String> ids = List.of("W3", "W6", "W7");
    for (int i = 0; i < 3; i++) {
      JsonNode r = json.readTree(lines.get(i));
      String id = ids.get(i);
      assertEquals(id, r.get("workload").asText());
      assertEquals("PyTorch", r.get("engine").asText());
      assertTrue(r.hasNonNull("dtype") && r.hasNonNull("grad_evals_source"), id);
      for (String name : COMMON) {
        assertFinite(id, name, r.get(name));
      }
      for (String name : SPECIFIC.get(id)) {
        assertFinite(id, name, r.get(name));
      }
      assertCounts(id, r);
    }
    List<String> written = Files.readAllLines(file);
    assertEquals("{\"earlier\":1}", written.get(0));
    assertEquals(lines, written.subList(1, written.size()));
  }

  private static void assertCounts(String id, JsonNode r) {
    int chains = r.get("chains").asInt();
    assertEquals(CHAINS.get(id), chains, id + " chains");
    assertEquals(40, r.get("warmup").asInt(), id + " warmup");
    assertEquals(20, r.get("samples").asInt(), id + " samples");
    long evals = r.get("grad_evals_total").asLong();
    assertEquals(
        evals, r.get("grad_evals_warmup").asLong() + r.get("grad_evals_sampling").asLong(), id);
    // every transition of every chain takes at least one leapfrog step
    assertTrue(evals >= 60L * chains, id + " grad_evals_total " + evals);
    // lock step: each batched evaluation covers all chains, so it cannot be fewer than per chain
    assertTrue(r.get("batched_grad_evals").asLong() * chains >= evals, id + " batched");
    double total = r.get("wall_s_total").asDouble();
    assertTrue(r.get("wall_s_sampling").asDouble() <= total, id + " sampling within total");
  }

  private static void assertFinite(String id, String name, JsonNode v) {
    assertTrue(v != null, id + " lacks " + name);
    if (v.isArray()) {
      assertTrue(v.size() > 0, id + " " + name + " is empty");
      v.forEach(e -> assertFinite(id, name, e));
      return;
    }
    assertTrue(
        v.isNumber() && Double.isFinite(v.asDouble()), id + " " + name + " is not finite: " + v);
  }

  @Test
  void rejectsNegativeWarmupNamingTheOption() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = new CommandLine(new Bench(new PrintStream(new ByteArrayOutputStream())));
    cli.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
    int code = cli.execute("--workloads", "W3", "--warmup", "-1");
    assertEquals(2, code);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("--warmup must be at least 0, got -1"), message);
  }

  @Test
  void rejectsUnknownWorkloadListingTheKnownOnes() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = new CommandLine(new Bench(new PrintStream(new ByteArrayOutputStream())));
    cli.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
    assertEquals(2, cli.execute("--workloads", "W4"));
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("unknown workload 'W4'") && message.contains("W3"), message);
  }
}
