package dev.pyrite.engine.jvm;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Beta;
import dev.pyrite.mcmc.MCMC;
import dev.pyrite.mcmc.NUTS;
import dev.pyrite.mcmc.SiteSummary;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import dev.pyrite.testkit.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The mcmc bundle's NUTS on the Jvm engine: 69 successes in 100 Bernoulli trials under a Beta(1, 1)
 * prior give the exact posterior Beta(70, 32), whose mean the draws must hit within 4 Monte Carlo
 * standard errors at a conservative effective sample size of 200.
 */
class NutsOnJvmTest {
  private static final double EXACT_MEAN = 70.0 / 102.0;
  private static final double EXACT_SD = Math.sqrt(70.0 * 32.0 / (102.0 * 102.0 * 103.0));
  private static final double CONSERVATIVE_ESS = 200;

  @AfterAll
  static void backToDefault() {
    Engines.use("MXNet", 0);
  }

  private static Model<NDArray> betaBernoulli() {
    return x -> {
      NDArray p = sample("p", new Beta(1, 1));
      try (Plate data = plate("data", x.size(0))) {
        sample("x", new Bernoulli(p), x);
      }
    };
  }

  @Test
  void nutsRecoversTheBetaPosterior() {
    Engines.use("Jvm", 11);
    double[] ones = SharedData.column("bench-data/bernoulli100.csv", 0);
    assertEquals(69.0, java.util.Arrays.stream(ones).sum(), "the data file changed");
    try (Scope s = Scope.open()) {
      NDArray x = Backend.manager().create(ones).toType(Backend.dtype(), false);
      assertEquals("Jvm", x.getManager().getEngine().getEngineName());
      MCMC mcmc = new MCMC(new NUTS(), 1000, 500).numChains(2);
      mcmc.run(betaBernoulli(), x);
      SiteSummary p = mcmc.summary().get("p");
      double tolerance = 4 * EXACT_SD / Math.sqrt(CONSERVATIVE_ESS);
      String detail =
          String.format(
              "posterior mean %.5f (exact %.5f), sd %.5f (exact %.5f), n_eff %.0f, r_hat %.4f",
              p.mean()[0], EXACT_MEAN, p.sd()[0], EXACT_SD, p.nEff()[0], p.rHat()[0]);
      System.out.println("NUTS on Jvm: " + detail);
      assertTrue(Math.abs(p.mean()[0] - EXACT_MEAN) < tolerance, detail);
      assertTrue(Math.abs(p.sd()[0] - EXACT_SD) < 0.15 * EXACT_SD, detail);
      assertTrue(p.nEff()[0] > CONSERVATIVE_ESS, detail);
      assertTrue(p.rHat()[0] < 1.02, detail);
    }
  }
}
