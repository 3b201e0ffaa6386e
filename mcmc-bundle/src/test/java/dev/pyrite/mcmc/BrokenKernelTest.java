package dev.pyrite.mcmc;

import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Scope;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.spi.McmcKernel;
import dev.pyrite.spi.McmcState;
import dev.pyrite.spi.PotentialFunction;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests the Beta-Bernoulli check itself: HMC with the sign of the potential wrong (leapfrog kicks
 * and Metropolis energies both use {@code -U}) must fail it.
 *
 * <p>A wrong-sign leapfrog alone would not do: any force field gives a volume-preserving,
 * reversible map, so the Metropolis correction with the true energy keeps such a sampler exact
 * (just slow). A bias needs an error in the energy that the accept step uses.
 */
class BrokenKernelTest {
  /** HMC whose accept step (and adaptation) sees -U while the integrator gets the true gradient. */
  private static final class FlippedEnergyHmc implements McmcKernel {
    // fixed step size 0.25, 4 leapfrog steps: adaptation would chase the broken energy
    private final HMC hmc = new HMC(new KernelOptions(0.25, 1.0, false, 0.8, false, 10));

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
          return new EnergyAndGradient(eg.energy().neg(), eg.gradient().neg());
        }
      };
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void brokenKernelMissesTheBetaBernoulliMean(String engine) {
    Engines.use(engine, 7);
    try (Scope s = Scope.open()) {
      MCMC mcmc = new MCMC(new FlippedEnergyHmc(), 100, 50).numChains(4);
      mcmc.run(Models.betaBernoulli(), Models.bernoulliData());
      SiteSummary p = mcmc.summary().get("p");
      System.out.printf(
          "[%s] broken kernel: mean %.4f sd %.4f (true %.4f, %.4f)%n",
          engine, p.mean()[0], p.sd()[0], Models.BETA_BERNOULLI_MEAN, Models.BETA_BERNOULLI_SD);
      assertFalse(Models.passesBetaBernoulliCheck(p), "the broken kernel passed the check");
    }
  }
}
