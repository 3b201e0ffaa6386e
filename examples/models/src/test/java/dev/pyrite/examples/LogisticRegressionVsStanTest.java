package dev.pyrite.examples;

import dev.pyrite.Scope;
import dev.pyrite.mcmc.MCMC;
import dev.pyrite.mcmc.NUTS;
import dev.pyrite.mcmc.SiteSummary;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bayesian logistic regression (W7) with NUTS against Stan's posterior (stan/logreg.json, from
 * stan/posteriors.R): every weight's and the bias's mean within 4 combined MCSE, sd within 10%.
 */
@Tag("slow")
class LogisticRegressionVsStanTest {
  @Test
  void matchesStan() {
    Engines.use("PyTorch", 13);
    StanReference stan = StanReference.load("logreg");
    try (Scope s = Scope.open()) {
      MCMC mcmc = new MCMC(new NUTS(), 1000, 500).numChains(4);
      mcmc.run(LogisticRegression.MODEL, LogisticRegression.data());
      Map<String, SiteSummary> ours = mcmc.summary();
      stan.assertMatches("w", ours.get("w"), "w");
      stan.assertMatches("b", ours.get("b"), "b");
    }
  }
}
