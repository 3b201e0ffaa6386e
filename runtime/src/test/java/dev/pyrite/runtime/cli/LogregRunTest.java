package dev.pyrite.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.examples.BenchData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pyrite run logreg} at a small size (100 warmup + 100 samples, 2 chains, PyTorch): the
 * summary table on standard out, {@code w} as arrays of 10 and {@code b} as numbers in the JSON,
 * and every posterior mean within 5 posterior sd of the weights the data were generated with.
 */
class LogregRunTest {
  @TempDir Path dir;

  @Test
  void nutsRecoversTheGeneratingWeights() throws IOException {
    Path file = dir.resolve("w7.json");
    CliRunner.Result r =
        CliRunner.run(
            "run",
            "logreg",
            "--warmup",
            "100",
            "--steps",
            "100",
            "--chains",
            "2",
            "--json",
            file.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("w[9]"), r.out());
    assertTrue(r.out().contains("Number of divergences"), r.out());
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    assertEquals("logreg", root.get("example").asText());
    assertEquals("nuts", root.get("method").asText());
    assertEquals("Jvm", root.get("engine").asText(), "logreg's preferred engine without --engine");
    assertEquals(100, root.get("samples").asInt());
    assertEquals(2, root.get("chains").asInt());
    JsonNode posterior = root.get("posterior");
    assertEquals(List.of("w", "b"), EightSchoolsRunTest.names(posterior));
    EightSchoolsRunTest.assertVector(posterior.get("w"), 10);
    EightSchoolsRunTest.assertScalar(posterior.get("b"));
    JsonNode truth =
        new ObjectMapper().readTree(BenchData.path("logreg_n1000_d10_params.json").toFile());
    for (int j = 0; j < 10; j++) {
      assertNear(posterior.get("w"), j, truth.get("w").get(j).asDouble());
    }
    JsonNode b = posterior.get("b");
    double err = Math.abs(b.get("mean").asDouble() - truth.get("b").asDouble());
    assertTrue(err < 5 * b.get("sd").asDouble(), b.toString());
  }

  private static void assertNear(JsonNode site, int j, double truth) {
    double mean = site.get("mean").get(j).asDouble();
    double sd = site.get("sd").get(j).asDouble();
    assertTrue(
        Math.abs(mean - truth) < 5 * sd, "w[" + j + "] " + mean + " sd " + sd + " vs " + truth);
    assertTrue(site.get("r_hat").get(j).asDouble() < 1.2, site.get("r_hat").toString());
  }
}
