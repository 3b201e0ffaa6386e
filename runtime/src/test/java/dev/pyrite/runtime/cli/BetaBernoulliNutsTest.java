package dev.pyrite.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.examples.BetaBernoulli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pyrite run beta-bernoulli --method nuts} at a small size: the JSON carries quantiles,
 * n_eff, r_hat and divergences, and the mean lies within 4 Monte-Carlo standard errors of the exact
 * Beta(70, 32) posterior mean.
 */
class BetaBernoulliNutsTest {
  @TempDir Path dir;

  @Test
  void nutsReportsDiagnosticsAndRecoversTheExactMean() throws IOException {
    Path json = dir.resolve("nuts.json");
    RunRequest request =
        new RunRequest("beta-bernoulli", Method.NUTS, null, 400, null, null, 3L, null, json, null);
    StringWriter out = new StringWriter();
    int status =
        new BetaBernoulliExecutor()
            .run(request, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertEquals(0, status);
    assertTrue(out.toString().contains("NUTS"), out.toString());
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals("nuts", root.get("method").asText());
    JsonNode p = root.get("posterior").get("p");
    double nEff = p.get("n_eff").asDouble();
    assertTrue(nEff > 50, "n_eff " + nEff);
    assertTrue(Math.abs(p.get("r_hat").asDouble() - 1) < 0.05, p.toString());
    double mcse = p.get("sd").asDouble() / Math.sqrt(nEff);
    assertTrue(
        Math.abs(p.get("mean").asDouble() - BetaBernoulli.EXACT_MEAN) < 4 * mcse, p.toString());
    assertTrue(p.get("q05").asDouble() < p.get("q50").asDouble());
    assertTrue(p.get("q50").asDouble() < p.get("q95").asDouble());
    assertEquals(0, root.get("divergences").asLong());
  }
}
