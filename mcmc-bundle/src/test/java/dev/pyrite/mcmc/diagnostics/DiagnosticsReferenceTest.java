package dev.pyrite.mcmc.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyrite.distributions.reference.Outcome;
import dev.pyrite.distributions.reference.Report;
import dev.pyrite.testkit.SharedData;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Every set and quantity of shared/reference/diagnostics.json (Pyro 1.8.6, float64). */
class DiagnosticsReferenceTest {

  @Test
  void everyReferenceQuantityMatchesPyro() throws IOException {
    Report report = new DiagnosticsChecker().check(SharedData.path("reference/diagnostics.json"));
    StringBuilder failures = new StringBuilder();
    for (Outcome o : report.failures()) {
      failures.append(o.id()).append(' ').append(o.quantity()).append(": ").append(o.detail());
      failures.append('\n');
    }
    assertEquals(0, report.failed(), failures.toString());
    assertTrue(report.passed() >= 30, report.summary());
  }

  @Test
  void aWrongValueFails() {
    com.fasterxml.jackson.databind.node.ObjectNode root =
        new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    var set = root.putArray("sets").addObject();
    set.put("name", "tiny");
    set.putArray("shape").add(1).add(4);
    set.putArray("chains").addArray().add(1.0).add(2.0).add(3.0).add(4.0);
    set.putObject("expected").put("pooled_mean", 2.5000001).put("pooled_sd", 1.2909944487358056);
    Report r = new DiagnosticsChecker().check(root);
    assertEquals("1 passed, 1 failed", r.summary());
  }

  @Test
  void anUnknownQuantityFails() {
    com.fasterxml.jackson.databind.node.ObjectNode root =
        new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    var set = root.putArray("sets").addObject();
    set.put("name", "tiny");
    set.putArray("shape").add(1).add(4);
    set.putArray("chains").addArray().add(1.0).add(2.0).add(3.0).add(4.0);
    set.putObject("expected").put("waic", 1.0);
    assertEquals(1, new DiagnosticsChecker().check(root).failed());
  }
}
