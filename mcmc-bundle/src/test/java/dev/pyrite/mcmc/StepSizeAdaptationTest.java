package dev.pyrite.mcmc;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.testkit.Assertions.assertClose;

import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Dual averaging finds a step size whose acceptance matches the target on a standard normal. */
class StepSizeAdaptationTest {
  private static final int DIM = 10;

  private static Model<Void> standardNormal() {
    return v -> {
      try (Plate d = plate("d", DIM)) {
        sample("x", new Normal(0, 1));
      }
    };
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void meanAcceptanceAfterWarmupIsNearTheTarget(String engine) {
    Engines.use(engine, 3);
    KernelOptions o = new KernelOptions(1.0, 1.0, true, 0.8, false, 10);
    try (Scope s = Scope.open()) {
      long t0 = System.nanoTime();
      MCMC mcmc = new MCMC(new HMC(o), 300, 300).numChains(4);
      mcmc.run(standardNormal(), null);
      double secs = (System.nanoTime() - t0) / 1e9;
      Map<String, Double> d = mcmc.diagnostics();
      System.out.printf(
          "[%s] 10-d standard normal: step %.3f x %d, accept %.3f (target 0.8), %.2f s, %.3f ms/grad%n",
          engine,
          d.get("step_size"),
          d.get("num_steps").intValue(),
          d.get("accept_prob_mean"),
          secs,
          1000 * secs / d.get("grad_evals"));
      assertClose(d.get("accept_prob_mean"), 0.8, 0, 0.08);
      SiteSummary x = mcmc.summary().get("x");
      for (int i = 0; i < DIM; i++) {
        assertClose(x.mean()[i], 0.0, 0, 0.15);
        assertClose(x.sd()[i], 1.0, 0.15, 0);
      }
    }
  }
}
