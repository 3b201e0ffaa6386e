package dev.pyrite.mcmc;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.mcmc.internal.AdaptationSchedule;
import dev.pyrite.mcmc.internal.DiagonalMassMatrix;
import dev.pyrite.mcmc.internal.DualAveraging;
import dev.pyrite.mcmc.internal.Leapfrog;
import dev.pyrite.mcmc.internal.Metropolis;
import dev.pyrite.mcmc.internal.Ownership;
import dev.pyrite.mcmc.internal.PhasePoint;
import dev.pyrite.mcmc.internal.StepSizeSearch;
import dev.pyrite.mcmc.internal.WelfordVariance;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.spi.McmcKernel;
import dev.pyrite.spi.McmcState;
import dev.pyrite.spi.PotentialFunction;
import dev.pyrite.spi.PotentialFunction.EnergyAndGradient;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hamiltonian Monte Carlo (Pyro's {@code HMC}) on a flat unconstrained vector, all chains moved at
 * once.
 *
 * <p>Each transition draws momenta {@code r ~ N(0, M)}, takes {@code max(1, ceil(trajectoryLength /
 * stepSize))} leapfrog steps (at most {@code 2^maxTreeDepth}) and applies the Metropolis correction
 * per chain; an energy error above 1000 (or a potential evaluation that throws {@link
 * IllegalArgumentException} mid-trajectory) counts as a divergence. During warmup the step size is
 * adapted by dual averaging towards {@code targetAcceptProb} (starting from the "reasonable step
 * size" heuristic) and, when {@code adaptMassMatrix} is set, a diagonal mass matrix is estimated in
 * Stan's windows (75 / 25, doubling / 50). All chains share one step size and one mass matrix,
 * adapted on the chain-averaged acceptance and the pooled positions. Warmup ends (step size frozen
 * at its running average) after {@code numWarmup} transitions or at {@link #endWarmup}, whichever
 * comes first.
 *
 * <p>Arrays of the returned states belong to the caller's innermost open {@code Scope} (or to the
 * caller when none is open); the {@link MCMC} runner keeps each new state and closes the previous
 * one. Every transition computes in its own scope, so no temporary outlives it. One pair of numbers
 * (mean acceptance, divergent chains) is read back to Java per transition; nothing inside the
 * leapfrog loop.
 *
 * <pre>{@code
 * HMC hmc = new HMC(KernelOptions.defaults().withTrajectoryLength(1.0));
 * try (Scope run = Scope.open()) {   // frees every state at the end
 *   McmcState s = hmc.setup(potential, potential.initialPosition(), 500);
 *   for (int i = 0; i < 1500; i++) {
 *     s = hmc.sample(s);
 *   }
 * }
 * double eps = hmc.diagnostics().get("step_size");
 * }</pre>
 */
public final class HMC implements McmcKernel {
  private final KernelOptions options;
  private PotentialFunction potential;
  private DiagonalMassMatrix mass;
  private WelfordVariance welford;
  private Leapfrog leapfrog;
  private DualAveraging dualAveraging;
  private AdaptationSchedule schedule;
  private double stepSize;
  private int numWarmup;
  private long warmupDone;
  private boolean adapting;
  private long iteration;
  private long extraEvaluations;
  private long divergences;
  private long warmupDivergences;
  private double acceptSum;
  private long acceptCount;
  private double warmupAcceptSum;
  private long warmupAcceptCount;

  /** HMC with Pyro's default options ({@link KernelOptions#defaults()}). */
  public HMC() {
    this(KernelOptions.defaults());
  }

  /**
   * HMC with the given options.
   *
   * @param options step size, trajectory length, adaptation switches and target
   */
  public HMC(KernelOptions options) {
    if (options.maxTreeDepth() < 0 || options.maxTreeDepth() > 30) {
      throw new IllegalArgumentException(
          "maxTreeDepth must lie in [0, 30], got " + options.maxTreeDepth());
    }
    this.options = options;
  }

  /**
   * The options.
   *
   * @return the options this kernel was built with
   */
  public KernelOptions options() {
    return options;
  }

  @Override
  public McmcState setup(PotentialFunction potential, NDArray initialPosition, int numWarmup) {
    if (numWarmup < 0) {
      throw new IllegalArgumentException("numWarmup must be >= 0, got " + numWarmup);
    }
    release();
    this.potential = potential;
    this.numWarmup = numWarmup;
    this.mass =
        new DiagonalMassMatrix(
            Backend.manager(), potential.dimension(), initialPosition.getDataType());
    this.welford = new WelfordVariance();
    this.leapfrog = new Leapfrog(potential, mass);
    this.schedule = AdaptationSchedule.of(numWarmup);
    resetCounters();
    this.stepSize = options.stepSize();
    this.adapting = numWarmup > 0;
    McmcState state;
    try (Scope s = Scope.open()) {
      NDArray z = initialPosition.duplicate();
      EnergyAndGradient eg = potential.energyAndGradient(z);
      extraEvaluations++;
      if (adapting && options.adaptStepSize()) {
        stepSize = findStepSize(z, eg.energy(), eg.gradient());
      }
      dualAveraging = new DualAveraging(options.targetAcceptProb(), stepSize);
      NDArray ones = eg.energy().onesLike();
      state =
          new McmcState(
              s.keep(z),
              s.keep(eg.energy()),
              s.keep(eg.gradient()),
              s.keep(ones),
              s.keep(ones.lt(0)),
              gradientEvaluations(),
              stepSize,
              0);
    }
    return adopt(state);
  }

  private static McmcState adopt(McmcState st) {
    Ownership.adopt(
        st.position(), st.potentialEnergy(), st.gradient(), st.acceptProb(), st.diverging());
    return st;
  }

  private void resetCounters() {
    warmupDone = 0;
    iteration = 0;
    extraEvaluations = 0;
    divergences = 0;
    warmupDivergences = 0;
    acceptSum = 0;
    acceptCount = 0;
    warmupAcceptSum = 0;
    warmupAcceptCount = 0;
  }

  @Override
  public McmcState sample(McmcState state) {
    if (potential == null) {
      throw new IllegalStateException("call setup before sample");
    }
    long before = gradientEvaluations();
    double eps = stepSize;
    McmcState next;
    try (Scope s = Scope.open()) {
      NDArray r0 = mass.sampleMomentum(state.position().getShape().get(0));
      PhasePoint start =
          new PhasePoint(state.position(), r0, state.potentialEnergy(), state.gradient());
      PhasePoint end = leapfrog.integrate(start, eps, numSteps());
      NDArray h0 = state.potentialEnergy().add(mass.kineticEnergy(r0));
      NDArray h1 = end.potentialEnergy().add(mass.kineticEnergy(end.momentum()));
      Metropolis m = Metropolis.decide(h0, h1);
      NDArray z = m.select(end.position(), state.position());
      NDArray u = m.select(end.potentialEnergy(), state.potentialEnergy());
      NDArray g = m.select(end.gradient(), state.gradient());
      double[] stats = m.summary();
      record(stats);
      iteration++;
      if (adapting) {
        adapt(stats[0], z, u, g);
      }
      next =
          new McmcState(
              s.keep(z),
              s.keep(u),
              s.keep(g),
              s.keep(m.acceptProb()),
              s.keep(m.diverging()),
              gradientEvaluations() - before,
              eps,
              iteration);
    }
    return adopt(next);
  }

  private void record(double[] stats) {
    if (adapting) {
      warmupAcceptSum += stats[0];
      warmupAcceptCount++;
      warmupDivergences += (long) stats[1];
    } else {
      acceptSum += stats[0];
      acceptCount++;
      divergences += (long) stats[1];
    }
  }

  private void adapt(double acceptProb, NDArray z, NDArray u, NDArray g) {
    long w = warmupDone++;
    if (options.adaptStepSize()) {
      dualAveraging.update(acceptProb);
      stepSize = dualAveraging.stepSize();
    }
    if (options.adaptMassMatrix()) {
      if (schedule.inSlowWindow(w)) {
        welford.update(z);
      }
      if (schedule.endsSlowWindow(w)) {
        endSlowWindow(z, u, g);
      }
    }
    if (warmupDone >= numWarmup) {
      freeze();
    }
  }

  private void endSlowWindow(NDArray z, NDArray u, NDArray g) {
    try (Scope s = Scope.open()) {
      mass.setInverse(welford.variance(true));
    }
    welford.reset();
    if (options.adaptStepSize()) {
      stepSize = findStepSize(z, u, g);
      dualAveraging = new DualAveraging(options.targetAcceptProb(), stepSize);
    }
  }

  private double findStepSize(NDArray z, NDArray u, NDArray g) {
    return StepSizeSearch.find(leapfrog, mass, z, u, g, stepSize);
  }

  private void freeze() {
    if (adapting && options.adaptStepSize()) {
      stepSize = dualAveraging.averagedStepSize();
    }
    adapting = false;
  }

  @Override
  public void endWarmup(McmcState state) {
    freeze();
  }

  /**
   * The number of leapfrog steps of the next transition.
   *
   * @return {@code max(1, ceil(trajectoryLength / stepSize))}, at most {@code 2^maxTreeDepth}
   */
  public int numSteps() {
    double steps = Math.ceil(options.trajectoryLength() / stepSize);
    return (int) Math.max(1, Math.min(1L << options.maxTreeDepth(), steps));
  }

  /**
   * The step size of the next transition.
   *
   * @return the step size
   */
  public double stepSize() {
    return stepSize;
  }

  /**
   * The inverse mass matrix diagonal (ones unless adapted).
   *
   * @return a new array {@code (dim)} in the caller's scope
   * @throws IllegalStateException before setup
   */
  public NDArray inverseMassMatrix() {
    if (mass == null) {
      throw new IllegalStateException("call setup first");
    }
    return mass.inverse();
  }

  private long gradientEvaluations() {
    return extraEvaluations + (leapfrog == null ? 0 : leapfrog.gradientEvaluations());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Keys: {@code step_size}, {@code num_steps}, {@code accept_prob_mean} (mean over the
   * post-warmup transitions, or over warmup while it runs), {@code divergences} (post-warmup
   * divergent chain-transitions), {@code warmup_divergences}, {@code grad_evals} (all potential
   * gradient evaluations, warmup and step-size searches included), {@code failed_evals}
   * (evaluations inside trajectories that threw {@link IllegalArgumentException}, counted as
   * divergences) and {@code iterations}.
   */
  @Override
  public Map<String, Double> diagnostics() {
    Map<String, Double> d = new LinkedHashMap<>();
    d.put("step_size", stepSize);
    d.put("num_steps", (double) numSteps());
    d.put("accept_prob_mean", acceptMean());
    d.put("divergences", (double) divergences);
    d.put("warmup_divergences", (double) warmupDivergences);
    d.put("grad_evals", (double) gradientEvaluations());
    d.put("failed_evals", leapfrog == null ? 0.0 : (double) leapfrog.failedEvaluations());
    d.put("iterations", (double) iteration);
    return d;
  }

  private double acceptMean() {
    if (acceptCount > 0) {
      return acceptSum / acceptCount;
    }
    return warmupAcceptCount > 0 ? warmupAcceptSum / warmupAcceptCount : Double.NaN;
  }

  private void release() {
    if (mass != null) {
      mass.close();
    }
    if (welford != null) {
      welford.close();
    }
  }
}
