package dev.pyrite.mcmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.spi.McmcState;
import dev.pyrite.spi.PotentialFunction;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Unstable trajectories are rejected and counted as divergences instead of ending the run. */
class DivergenceTest {
  /**
   * A standard normal in 2-d whose evaluation throws (as a distribution would) when |z| > limit.
   */
  private static PotentialFunction standardNormal(double limit) {
    return new PotentialFunction() {
      @Override
      public int dimension() {
        return 2;
      }

      @Override
      public NDArray energy(NDArray z) {
        if (z.abs().gt(limit).any().getBoolean()) {
          throw new IllegalArgumentException("Normal: value out of range");
        }
        return z.square().sum(new int[] {1}).mul(0.5);
      }

      @Override
      public EnergyAndGradient energyAndGradient(NDArray z) {
        return new EnergyAndGradient(energy(z), z.duplicate());
      }
    };
  }

  private static Map<String, Double> run(PotentialFunction u, double stepSize, int transitions) {
    // fixed step size 2.5 > 2: the leapfrog is unstable on a standard normal
    HMC hmc = new HMC(new KernelOptions(stepSize, 10 * stepSize, false, 0.8, false, 10));
    int live = Backend.liveArrays();
    try (Scope s = Scope.open()) {
      NDArray z0 = Backend.manager().create(new float[] {0.5f, -0.5f, 0.1f, 0.2f}, new Shape(2, 2));
      McmcState state = hmc.setup(u, z0, 0);
      for (int i = 0; i < transitions; i++) {
        McmcState next = hmc.sample(state);
        assertEquals(new Shape(2, 2), next.position().getShape());
        state = next; // the scope frees every state
      }
    }
    assertEquals(live, Backend.liveArrays(), "arrays left after the scope closed");
    return hmc.diagnostics();
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void energyErrorsAndFailedEvaluationsAreDivergences(String engine) {
    Engines.use(engine, 2);
    Map<String, Double> blowUp = run(standardNormal(Double.POSITIVE_INFINITY), 2.5, 10);
    assertEquals(20.0, blowUp.get("divergences"), "every chain diverges: " + blowUp);
    assertEquals(0.0, blowUp.get("accept_prob_mean"), 1e-6);
    Map<String, Double> thrown = run(standardNormal(4), 2.5, 10);
    assertTrue(thrown.get("failed_evals") > 0, thrown.toString());
    assertEquals(20.0, thrown.get("divergences"), thrown.toString());
  }
}
