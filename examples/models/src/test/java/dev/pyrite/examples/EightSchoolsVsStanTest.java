package dev.pyrite.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.Scope;
import dev.pyrite.mcmc.MCMC;
import dev.pyrite.mcmc.NUTS;
import dev.pyrite.mcmc.SiteSummary;
import dev.pyrite.mcmc.diagnostics.Draws;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Non-centred eight schools with NUTS against Stan's posterior (stan/eight_schools.json, from
 * stan/posteriors.R): mu, tau, the decentred effects and theta in the original coordinates, every
 * mean within 4 combined MCSE, every sd within 10%, at most 1% divergent transitions.
 */
@Tag("slow")
class EightSchoolsVsStanTest {
  @Test
  void nonCenteredMatchesStan() {
    Engines.use("PyTorch", 11);
    StanReference stan = StanReference.load("eight_schools");
    try (Scope s = Scope.open()) {
      int chains = 4;
      int samples = 2000;
      MCMC mcmc = new MCMC(new NUTS(), samples, 1000).numChains(chains);
      mcmc.run(EightSchools.model(false), EightSchools.data());
      Map<String, SiteSummary> ours = mcmc.summary();
      stan.assertMatches("mu", ours.get("mu"), "mu");
      stan.assertMatches("tau", ours.get("tau"), "tau");
      stan.assertMatches("theta_decentered", ours.get("theta_decentered"), "theta_tilde");
      stan.assertMatches("theta", SiteSummary.of(theta(mcmc.samples(true))), "theta");
      double divergences = mcmc.diagnostics().get("divergences");
      assertTrue(divergences <= 0.01 * chains * samples, "divergences " + divergences);
    }
  }

  /** theta = mu + tau * theta_decentered, draw by draw. */
  static Draws theta(Map<String, NDArray> byChain) {
    NDArray mu = byChain.get("mu").expandDims(-1);
    NDArray tau = byChain.get("tau").expandDims(-1);
    NDArray theta = mu.add(tau.mul(byChain.get("theta_decentered")));
    int chains = (int) theta.getShape().get(0);
    int draws = (int) theta.getShape().get(1);
    double[] v = theta.toType(DataType.FLOAT64, false).toDoubleArray();
    return Draws.of(v, chains, draws, EightSchools.SCHOOLS);
  }
}
