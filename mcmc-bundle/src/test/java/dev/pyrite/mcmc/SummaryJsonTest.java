package dev.pyrite.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pyrite.Scope;
import dev.pyrite.testkit.Engines;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The summary JSON: numbers for scalar sites, arrays for the others, per-chain figures. */
class SummaryJsonTest {
  @Test
  void layout() throws Exception {
    Map<String, SiteSummary> sites = new LinkedHashMap<>();
    sites.put("p", SiteSummary.of(new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, 5));
    sites.put("w", SiteSummary.of(new double[] {1, 10, 2, 20, 3, 30, 4, 40}, 4));
    ChainDiagnostics c = new ChainDiagnostics(0, 2, 3, 2.5, 5.0, 0.85, 0.3);
    ObjectNode json = SummaryJson.of(sites, Set.of("p"), 2, List.of(c));
    JsonNode back = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(json));
    assertEquals(0.3, back.at("/posterior/p/mean").asDouble(), 1e-12);
    assertEquals(0.3, back.at("/posterior/p/q50").asDouble(), 1e-12);
    assertTrue(back.at("/posterior/w/mean").isArray());
    assertEquals(25.0, back.at("/posterior/w/mean/1").asDouble(), 1e-12);
    assertEquals(2, back.get("divergences").asLong());
    assertEquals(0.85, back.at("/chains/0/accept_prob").asDouble(), 1e-12);
    assertEquals(3, back.at("/chains/0/warmup_divergences").asLong());
  }

  @Test
  void fromARun() {
    Engines.use("PyTorch", 3);
    try (Scope s = Scope.open()) {
      MCMC mcmc = new MCMC(new NUTS(), 50, 50).numChains(2);
      mcmc.run(Models.betaBernoulli(), Models.bernoulliData());
      ObjectNode json = mcmc.summaryJson();
      assertTrue(json.at("/posterior/p/n_eff").isNumber(), json.toString());
      assertEquals(mcmc.summary().get("p").mean()[0], json.at("/posterior/p/mean").asDouble());
      assertEquals(2, json.get("chains").size());
    }
  }
}
