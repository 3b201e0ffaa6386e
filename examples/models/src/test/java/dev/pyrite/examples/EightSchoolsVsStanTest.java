package dev.pyrite.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.Scope;
import dev.pyrite.mcmc.MCMC;
import dev.pyrite.mcmc.NUTS;
import dev.pyrite.mcmc.SiteSummary;
import dev.pyrite.testkit.Engines;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Non-centred eight schools with NUTS against Stan's posterior (stan/eight_schools.json, from
 * stan/posteriors.R): every mean within 4 combined MCSE, every sd within 10%, at most 1% divergent
 * transitions.
 */
@Tag("slow")
class EightSchoolsVsStanTest {
  @Test
  void nonCenteredMatchesStan() throws IOException {
    Engines.use("PyTorch", 11);
    JsonNode stan;
    try (InputStream in = getClass().getResourceAsStream("stan/eight_schools.json")) {
      stan = new ObjectMapper().readTree(in).get("posterior");
    }
    try (Scope s = Scope.open()) {
      int chains = 4;
      int samples = 2000;
      MCMC mcmc = new MCMC(new NUTS(), samples, 1000).numChains(chains);
      mcmc.run(EightSchools.model(false), EightSchools.data());
      Map<String, SiteSummary> ours = mcmc.summary();
      check("mu", ours.get("mu"), stan.get("mu"));
      check("tau", ours.get("tau"), stan.get("tau"));
      check("theta_decentered", ours.get("theta_decentered"), stan.get("theta_tilde"));
      NDArray mu = mcmc.samples().get("mu").toType(DataType.FLOAT64, false);
      assertTrue(mu.size() == (long) chains * samples);
      double divergences = mcmc.diagnostics().get("divergences");
      assertTrue(divergences <= 0.01 * chains * samples, "divergences " + divergences);
    }
  }

  static void check(String site, SiteSummary ours, JsonNode stan) {
    for (int j = 0; j < ours.size(); j++) {
      double mean = value(stan.get("mean"), j);
      double sd = value(stan.get("sd"), j);
      double mcseStan = value(stan.get("mcse_mean"), j);
      double mcseOurs = ours.sd()[j] / Math.sqrt(ours.nEff()[j]);
      double tol = 4 * Math.hypot(mcseStan, mcseOurs);
      assertTrue(
          Math.abs(ours.mean()[j] - mean) < tol,
          site + "[" + j + "] mean " + ours.mean()[j] + " vs Stan " + mean + " +- " + tol);
      assertTrue(
          Math.abs(ours.sd()[j] - sd) < 0.1 * sd,
          site + "[" + j + "] sd " + ours.sd()[j] + " vs Stan " + sd);
    }
  }

  private static double value(JsonNode node, int j) {
    return node.isArray() ? node.get(j).asDouble() : node.asDouble();
  }
}
