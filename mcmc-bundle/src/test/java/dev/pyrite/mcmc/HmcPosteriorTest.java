package dev.pyrite.mcmc;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Scope;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.testkit.Engines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** HMC recovers conjugate posteriors on both engines. */
class HmcPosteriorTest {
  static final int CHAINS = 4;
  static final int WARMUP = 300;
  static final int SAMPLES = 700;

  static KernelOptions options() {
    return KernelOptions.defaults().withTrajectoryLength(1.0);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void betaBernoulliPosterior(String engine) {
    Engines.use(engine, 7);
    try (Scope s = Scope.open()) {
      long t0 = System.nanoTime();
      MCMC mcmc = new MCMC(new HMC(options()), SAMPLES, WARMUP).numChains(CHAINS);
      mcmc.run(Models.betaBernoulli(), Models.bernoulliData());
      double secs = (System.nanoTime() - t0) / 1e9;
      SiteSummary p = mcmc.summary().get("p");
      report(engine, "beta-bernoulli", mcmc, p, secs);
      assertClose(p.mean()[0], Models.BETA_BERNOULLI_MEAN, 0, Models.MEAN_ATOL);
      assertClose(p.sd()[0], Models.BETA_BERNOULLI_SD, Models.SD_RTOL, 0);
      assertTrue(Models.passesBetaBernoulliCheck(p));
      assertEquals(new Shape(CHAINS * SAMPLES), mcmc.samples().get("p").getShape());
      assertEquals(new Shape(CHAINS, SAMPLES), mcmc.samples(true).get("p").getShape());
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      mcmc.printSummary(new PrintStream(buf, true, StandardCharsets.UTF_8));
      String table = buf.toString(StandardCharsets.UTF_8);
      assertTrue(table.contains("mean") && table.contains("95.0%") && table.contains(" p "), table);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void normalNormalPosterior(String engine) {
    Engines.use(engine, 11);
    double sum = 0;
    for (double y : Models.NORMAL_OBS) {
      sum += y;
    }
    double postVar = 1 / (1 / 100.0 + Models.NORMAL_OBS.length);
    double postMean = postVar * sum;
    double postSd = Math.sqrt(postVar);
    try (Scope s = Scope.open()) {
      long t0 = System.nanoTime();
      MCMC mcmc = new MCMC(new HMC(options()), 500, 200).numChains(CHAINS);
      mcmc.run(Models.normalNormal(), Models.normalData());
      double secs = (System.nanoTime() - t0) / 1e9;
      SiteSummary mu = mcmc.summary().get("mu");
      report(engine, "normal-normal", mcmc, mu, secs);
      // 2000 draws; over seeds the Monte Carlo error of the mean is about 0.005
      assertClose(mu.mean()[0], postMean, 0, 0.03);
      assertClose(mu.sd()[0], postSd, 0.15, 0);
    }
  }

  static void report(String engine, String what, MCMC mcmc, SiteSummary s, double secs) {
    Map<String, Double> d = mcmc.diagnostics();
    System.out.printf(
        "[%s] %s: mean %.5f sd %.5f in %.2f s; %.0f grad evals, %.3f ms each; step %.3f x %d,"
            + " accept %.3f, divergences %.0f%n",
        engine,
        what,
        s.mean()[0],
        s.sd()[0],
        secs,
        d.get("grad_evals"),
        1000 * secs / d.get("grad_evals"),
        d.get("step_size"),
        d.get("num_steps").intValue(),
        d.get("accept_prob_mean"),
        d.get("divergences"));
  }

  static double mean(NDArray a) {
    return a.toType(ai.djl.ndarray.types.DataType.FLOAT64, false).mean().getDouble();
  }
}
