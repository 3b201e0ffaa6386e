package dev.pyrite.mcmc;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Scope;
import dev.pyrite.mcmc.internal.ChainAdaptation;
import dev.pyrite.mcmc.internal.ChainCounters;
import dev.pyrite.mcmc.internal.GuardedPotential;
import dev.pyrite.mcmc.internal.Leapfrog;
import dev.pyrite.mcmc.internal.MassMatrix;
import dev.pyrite.mcmc.internal.MassStructure;
import dev.pyrite.mcmc.internal.Metropolis;
import dev.pyrite.mcmc.internal.Ownership;
import dev.pyrite.mcmc.internal.PhasePoint;
import dev.pyrite.mcmc.internal.StepSizeSearch;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.spi.McmcState;
import dev.pyrite.spi.PotentialFunction;
import dev.pyrite.spi.PotentialFunction.EnergyAndGradient;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hamiltonian Monte Carlo (Pyro's {@code HMC}) on a flat unconstrained vector, all chains moved at
 * once.
 *
 * <p>Each transition draws momenta {@code r ~ N(0, M)}, takes {@code max(1, ceil(trajectoryLength /
 * stepSize))} leapfrog steps (at most {@code 2^maxTreeDepth}) and applies the Metropolis correction
 * per chain; an energy error above 1000 (or a potential evaluation that throws {@link
 * IllegalArgumentException} mid-trajectory) counts as that chain's divergence. During warmup the
 * step size is adapted by dual averaging towards {@code targetAcceptProb} (starting from the
 * "reasonable step size" heuristic) and, when {@code adaptMassMatrix} is set, a diagonal mass
 * matrix is estimated in Stan's windows (75 / 25, doubling / 50). Each chain has its own step size
 * (and so its own number of leapfrog steps; chains that finish early wait, masked) and its own mass
 * matrix, adapted on its own acceptance and draws, as Stan adapts each chain. Warmup ends (step
 * size frozen at its running average) after {@code numWarmup} transitions or at {@link #endWarmup},
 * whichever comes first.
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
public final class HMC implements ChainwiseKernel {
  private final KernelOptions options;
  private MassMatrix mass;
  private ChainAdaptation adaptation;
  private GuardedPotential guarded;
  private Leapfrog leapfrog;
  private ChainCounters counters;
  private DrawStatistics last;
  private long iteration;
  private long extraEvaluations;

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
    int chains = (int) initialPosition.getShape().get(0);
    MassStructure ms = MassStructure.of(options, potential, chains, initialPosition.getDataType());
    mass = ms.mass();
    guarded = new GuardedPotential(potential);
    leapfrog = new Leapfrog(guarded, mass);
    counters = new ChainCounters(chains);
    adaptation =
        new ChainAdaptation(
            options.targetAcceptProb(),
            numWarmup,
            mass,
            ms.welford(),
            options.adaptStepSize(),
            options.adaptMassMatrix());
    iteration = 0;
    extraEvaluations = 0;
    last = null;
    double[] eps = new double[chains];
    Arrays.fill(eps, options.stepSize());
    McmcState state;
    try (Scope s = Scope.open()) {
      NDArray z = initialPosition.duplicate();
      EnergyAndGradient eg = potential.energyAndGradient(z);
      extraEvaluations++;
      if (numWarmup > 0 && options.adaptStepSize()) {
        eps = StepSizeSearch.find(leapfrog, mass, z, eg.energy(), eg.gradient(), eps);
      }
      adaptation.restart(eps);
      NDArray ones = eg.energy().onesLike();
      state =
          new McmcState(
              s.keep(z),
              s.keep(eg.energy()),
              s.keep(eg.gradient()),
              s.keep(ones),
              s.keep(ones.lt(0)),
              0,
              NUTS.mean(eps),
              0);
    }
    return adopt(state);
  }

  private static McmcState adopt(McmcState st) {
    Ownership.adopt(
        st.position(), st.potentialEnergy(), st.gradient(), st.acceptProb(), st.diverging());
    return st;
  }

  @Override
  public McmcState sample(McmcState state) {
    if (leapfrog == null) {
      throw new IllegalStateException("call setup before sample");
    }
    long before = gradientEvaluations();
    double[] eps = adaptation.stepSizes();
    int[] steps = numSteps(eps);
    int maxSteps = Arrays.stream(steps).max().orElse(1);
    boolean warmup = adaptation.adapting();
    McmcState next;
    try (Scope s = Scope.open()) {
      NDArray r0 = mass.sampleMomentum();
      PhasePoint start =
          new PhasePoint(state.position(), r0, state.potentialEnergy(), state.gradient());
      NDArray column = Leapfrog.column(state.position(), eps);
      PhasePoint end = leapfrog.integrate(start, column, steps, maxSteps);
      NDArray h0 = state.potentialEnergy().add(MassMatrix.kineticEnergy(r0, mass.velocity(r0)));
      NDArray v1 = mass.velocity(end.momentum());
      NDArray h1 = end.potentialEnergy().add(MassMatrix.kineticEnergy(end.momentum(), v1));
      Metropolis m = Metropolis.decide(h0, h1);
      NDArray z = m.select(end.position(), state.position());
      NDArray u = m.select(end.potentialEnergy(), state.potentialEnergy());
      NDArray g = m.select(end.gradient(), state.gradient());
      NDArray h = m.select(h1, h0);
      last = statistics(m, h, steps);
      counters.record(last, warmup);
      iteration++;
      if (warmup && adaptation.update(last.acceptProb(), z)) {
        searchStepSizes(z, u, g);
      }
      next =
          new McmcState(
              s.keep(z),
              s.keep(u),
              s.keep(g),
              s.keep(m.acceptProb()),
              s.keep(m.diverging()),
              gradientEvaluations() - before,
              NUTS.mean(eps),
              iteration);
    }
    return adopt(next);
  }

  private static DrawStatistics statistics(Metropolis m, NDArray h, int[] steps) {
    double[][] v = m.perChain(h);
    int chains = steps.length;
    boolean[] div = new boolean[chains];
    for (int c = 0; c < chains; c++) {
      div[c] = v[1][c] > 0.5;
    }
    return new DrawStatistics(new int[chains], steps, div, v[2], v[0]);
  }

  private void searchStepSizes(NDArray z, NDArray u, NDArray g) {
    if (options.adaptStepSize()) {
      try (Scope s = Scope.open()) {
        adaptation.restart(StepSizeSearch.find(leapfrog, mass, z, u, g, adaptation.stepSizes()));
      }
    }
  }

  @Override
  public void endWarmup(McmcState state) {
    adaptation.freeze();
  }

  private int[] numSteps(double[] eps) {
    int[] out = new int[eps.length];
    for (int c = 0; c < eps.length; c++) {
      double steps = Math.ceil(options.trajectoryLength() / eps[c]);
      out[c] = (int) Math.max(1, Math.min(1L << options.maxTreeDepth(), steps));
    }
    return out;
  }

  /**
   * The largest number of leapfrog steps of the next transition over chains.
   *
   * @return {@code max(1, ceil(trajectoryLength / stepSize))}, at most {@code 2^maxTreeDepth}
   */
  public int numSteps() {
    return Arrays.stream(numSteps(stepSizes())).max().orElse(1);
  }

  /**
   * The step size of the next transition, averaged over chains.
   *
   * @return the mean step size
   */
  public double stepSize() {
    return NUTS.mean(stepSizes());
  }

  /**
   * The step size of each chain for the next transition.
   *
   * @return one step size per chain
   */
  public double[] stepSizes() {
    if (adaptation == null) {
      throw new IllegalStateException("call setup first");
    }
    return adaptation.stepSizes();
  }

  /**
   * The inverse mass matrices (identity unless adapted).
   *
   * @return {@code (chains, dim)} or {@code (chains, dim, dim)}, in the caller's scope
   * @throws IllegalStateException before setup
   */
  public NDArray inverseMassMatrix() {
    if (mass == null) {
      throw new IllegalStateException("call setup first");
    }
    return mass.inverse();
  }

  private long gradientEvaluations() {
    return extraEvaluations + (guarded == null ? 0 : guarded.evaluations());
  }

  @Override
  public DrawStatistics lastDraw() {
    return last;
  }

  @Override
  public List<ChainDiagnostics> chainDiagnostics() {
    return counters.diagnostics(stepSizes());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Keys: {@code step_size} (mean over chains), {@code num_steps} (largest over chains), {@code
   * accept_prob_mean} (mean over the post-warmup transitions, or over warmup while it runs), {@code
   * divergences} (post-warmup divergent chain-transitions), {@code warmup_divergences}, {@code
   * grad_evals} (batched potential gradient evaluations, warmup and step-size searches included),
   * {@code failed_evals} (batched evaluations that threw {@link IllegalArgumentException}; the
   * chains that caused them count as divergent) and {@code iterations}.
   */
  @Override
  public Map<String, Double> diagnostics() {
    Map<String, Double> d = new LinkedHashMap<>();
    d.put("step_size", stepSize());
    d.put("num_steps", (double) numSteps());
    d.put("accept_prob_mean", counters.meanAcceptProb());
    d.put("divergences", (double) counters.divergences(false));
    d.put("warmup_divergences", (double) counters.divergences(true));
    d.put("grad_evals", (double) gradientEvaluations());
    d.put("failed_evals", guarded == null ? 0.0 : (double) guarded.failedEvaluations());
    d.put("iterations", (double) iteration);
    return d;
  }

  private void release() {
    if (mass != null) {
      mass.close();
    }
    if (adaptation != null) {
      adaptation.close();
    }
  }
}
