package dev.pyrite.mcmc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Scope;
import dev.pyrite.spi.McmcKernel;
import dev.pyrite.spi.McmcState;
import dev.pyrite.spi.PotentialFunction;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests the Beta-Bernoulli check itself: a kernel whose Metropolis correction sees the potential
 * energy with the wrong sign must miss the posterior mean.
 *
 * <p>Note that a leapfrog with a wrong-sign gradient would not do: any force field gives a
 * volume-preserving, reversible map, so the Metropolis correction keeps such a sampler exact (just
 * slow). A bias needs an error in the energy that the accept step uses.
 */
class BrokenKernelTest {
  /** HMC whose accept step (and adaptation) sees -U while the integrator gets the true gradient. */
  private static final class FlippedEnergyHmc implements McmcKernel {
    private final HMC hmc = new HMC(HmcPosteriorTest.options());

    @Override
    public McmcState setup(PotentialFunction potential, NDArray initialPosition, int numWarmup) {
      return hmc.setup(flip(potential), initialPosition, numWarmup);
    }

    @Override
    public McmcState sample(McmcState state) {
      return hmc.sample(state);
    }

    @Override
    public void endWarmup(McmcState state) {
      hmc.endWarmup(state);
    }

    @Override
    public Map<String, Double> diagnostics() {
      return hmc.diagnostics();
    }

    private static PotentialFunction flip(PotentialFunction u) {
      return new PotentialFunction() {
        @Override
        public int dimension() {
          return u.dimension();
        }

        @Override
        public NDArray energy(NDArray z) {
          return u.energy(z).neg();
        }

        @Override
        public EnergyAndGradient energyAndGradient(NDArray z) {
          EnergyAndGradient eg = u.energyAndGradient(z);
          return new EnergyAndGradient(eg.energy().neg(), eg.gradient());
        }
      };
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void brokenKernelMissesTheBetaBernoulliMean(String engine) {
    Engines.use(engine, 7);
    try (Scope s = Scope.open()) {
      MCMC mcmc = new MCMC(new FlippedEnergyHmc(), 100, 100).numChains(4);
      mcmc.run(Models.betaBernoulli(), Models.bernoulliData());
      double mean = mcmc.summary().get("p").mean()[0];
      System.out.printf("[%s] broken kernel: posterior mean %.4f (true %.4f)%n", engine, mean, Models.BETA_BERNOULLI_MEAN);
      assertTrue(
          Math.abs(mean - Models.BETA_BERNOULLI_MEAN) > 0.05,
          "the broken kernel should miss the mean by far, got " + mean);
    }
  }
}
