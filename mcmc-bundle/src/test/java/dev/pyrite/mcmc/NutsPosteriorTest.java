package dev.pyrite.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.Scope;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.testkit.Engines;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** NUTS (and per-chain HMC) recover the Beta(70, 32) posterior within 4 Monte Carlo errors. */
class NutsPosteriorTest {
  static final double MEAN = 0.6862745098039216;
  static final double SD = 0.045719895076422844;

  static double[][] byChain(MCMC mcmc, String site) {
    NDArray a = mcmc.samples(true).get(site).toType(DataType.FLOAT64, false);
    int chains = (int) a.getShape().get(0);
    int n = (int) a.getShape().get(1);
    double[] flat = a.toDoubleArray();
    double[][] out = new double[chains][n];
    for (int c = 0; c < chains; c++) {
      System.arraycopy(flat, c * n, out[c], 0, n);
    }
    return out;
  }

  static double meanOf(double[][] chains) {
    double mean = 0;
    int n = 0;
    for (double[] c : chains) {
      for (double x : c) {
        mean += x;
        n++;
      }
    }
    return mean / n;
  }

  static void checkBetaBernoulli(String what, MCMC mcmc) {
    double[][] p = byChain(mcmc, "p");
    double mean = meanOf(p);
    double mcse = BatchMeans.mcse(p);
    double rhat = BatchMeans.splitRhat(p);
    SiteSummary s = mcmc.summary().get("p");
    System.out.printf(
        "%s: mean %.5f (exact %.5f, mcse %.5f), sd %.5f (exact %.5f), r_hat %.4f, %s%n",
        what, mean, MEAN, mcse, s.sd()[0], SD, rhat, mcmc.diagnostics());
    assertTrue(Math.abs(mean - MEAN) < 4 * mcse, what + ": mean off by more than 4 MCSE");
    assertTrue(Math.abs(s.sd()[0] - SD) < 0.1 * SD, what + ": sd off by more than 10%");
    assertTrue(rhat < 1.01, what + ": r_hat " + rhat);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void nutsBetaBernoulli(String engine) {
    Engines.use(engine, 17);
    try (Scope s = Scope.open()) {
      NUTS nuts = new NUTS();
      MCMC mcmc = new MCMC(nuts, 1000, 500).numChains(4);
      mcmc.run(Models.betaBernoulli(), Models.bernoulliData());
      checkBetaBernoulli("[" + engine + "] NUTS", mcmc);
      List<ChainDiagnostics> d = nuts.chainDiagnostics();
      assertEquals(4, d.size());
      for (ChainDiagnostics c : d) {
        assertTrue(c.meanTreeDepth() >= 1 && c.meanTreeDepth() <= 4, c.toString());
        // After warmup the step size freezes at the dual-averaging average exp(x_bar), which is
        // smaller than the iterates: in low dimension Stan's accept_stat lands above the target
        // too.
        assertTrue(c.meanAcceptProb() > 0.7 && c.meanAcceptProb() < 0.99, c.toString());
        assertEquals(0, c.divergences(), c.toString());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void hmcPerChainBetaBernoulli(String engine) {
    Engines.use(engine, 19);
    try (Scope s = Scope.open()) {
      HMC hmc = new HMC(KernelOptions.defaults().withTrajectoryLength(1.0));
      MCMC mcmc = new MCMC(hmc, 1000, 500).numChains(4);
      mcmc.run(Models.betaBernoulli(), Models.bernoulliData());
      checkBetaBernoulli("[" + engine + "] HMC", mcmc);
      double[] eps = hmc.stepSizes();
      assertEquals(4, eps.length);
      assertTrue(eps[0] != eps[1], "each chain adapts its own step size");
    }
  }
}
