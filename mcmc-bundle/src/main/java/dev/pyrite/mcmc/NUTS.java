package dev.pyrite.mcmc;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Scope;
import dev.pyrite.mcmc.internal.ChainAdaptation;
import dev.pyrite.mcmc.internal.ChainCounters;
import dev.pyrite.mcmc.internal.GuardedPotential;
import dev.pyrite.mcmc.internal.Leapfrog;
import dev.pyrite.mcmc.internal.MassMatrix;
import dev.pyrite.mcmc.internal.MassStructure;
import dev.pyrite.mcmc.internal.NutsTree;
import dev.pyrite.mcmc.internal.Ownership;
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
 * The No-U-Turn Sampler (Pyro's {@code NUTS}): iterative tree doubling with multinomial sampling
 * and the generalised U-turn criterion, as Stan and NumPyro, on a flat unconstrained vector with
 * all chains in lock step (one batched gradient evaluation per leapfrog step of every chain).
 *
 * <p>Each chain has its own step size (dual averaging on its own acceptance statistic towards
 * {@code targetAcceptProb}) and its own mass matrix (diagonal, dense with {@code fullMass}, or
 * dense blocks over site groups), adapted in Stan's windows. Trees stop at {@code maxTreeDepth}. An
 * energy error above 1000, a non-finite energy, or a potential that throws for a chain ends that
 * chain's tree and marks only that chain's transition divergent. Per-chain statistics of every
 * transition come from {@link #lastDraw()}.
 *
 * <pre>{@code
 * MCMC mcmc = new MCMC(new NUTS(KernelOptions.defaults().withFullMass(true)), 1000, 500)
 *     .numChains(4);
 * mcmc.run(model, data);
 * mcmc.printSummary(System.out);
 * }</pre>
 */
public final class NUTS implements ChainwiseKernel {
  private final KernelOptions options;
  private MassMatrix mass;
  private ChainAdaptation adaptation;
  private GuardedPotential guarded;
  private Leapfrog leapfrog;
  private NutsTree tree;
  private ChainCounters counters;
  private DrawStatistics last;
  private double[] fixedStep;
  private long iteration;
  private long extraEvaluations;

  /** NUTS with Pyro's defaults ({@link KernelOptions#defaults()}). */
  public NUTS() {
    this(KernelOptions.defaults());
  }

  /**
   * NUTS with the given options ({@code trajectoryLength} is not used).
   *
   * @param options step size, adaptation switches, target, tree depth and mass structure
   */
  public NUTS(KernelOptions options) {
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
    tree = new NutsTree(leapfrog, mass, options.maxTreeDepth());
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
              mean(eps),
              0);
    }
    Ownership.adopt(
        state.position(),
        state.potentialEnergy(),
        state.gradient(),
        state.acceptProb(),
        state.diverging());
    return state;
  }

  @Override
  public McmcState sample(McmcState state) {
    if (tree == null) {
      throw new IllegalStateException("call setup before sample");
    }
    long before = gradientEvaluations();
    double[] eps = adaptation.stepSizes();
    boolean warmup = adaptation.adapting();
    NutsTree.Result res;
    try (Scope s = Scope.open()) {
      NDArray step = Leapfrog.column(state.position(), eps);
      res = tree.transition(state.position(), state.potentialEnergy(), state.gradient(), step);
      s.keep(res.position());
      s.keep(res.potentialEnergy());
      s.keep(res.gradient());
      s.keep(res.acceptProb());
      s.keep(res.divergingMask());
    }
    last = res.statistics();
    counters.record(last, warmup);
    iteration++;
    if (warmup && adaptation.update(last.acceptProb(), res.position())) {
      searchStepSizes(res);
    }
    McmcState next =
        new McmcState(
            res.position(),
            res.potentialEnergy(),
            res.gradient(),
            res.acceptProb(),
            res.divergingMask(),
            gradientEvaluations() - before,
            mean(eps),
            iteration);
    Ownership.adopt(
        next.position(),
        next.potentialEnergy(),
        next.gradient(),
        next.acceptProb(),
        next.diverging());
    return next;
  }

  private void searchStepSizes(NutsTree.Result res) {
    if (!options.adaptStepSize()) {
      return;
    }
    try (Scope s = Scope.open()) {
      double[] eps =
          StepSizeSearch.find(
              leapfrog,
              mass,
              res.position(),
              res.potentialEnergy(),
              res.gradient(),
              adaptation.stepSizes());
      adaptation.restart(eps);
    }
  }

  @Override
  public void endWarmup(McmcState state) {
    adaptation.freeze();
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
   * The inverse mass matrices of the chains.
   *
   * @return {@code (chains, dim)} or {@code (chains, dim, dim)}, in the caller's scope
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

  /**
   * {@inheritDoc}
   *
   * <p>Keys: {@code step_size} (mean over chains), {@code accept_prob_mean}, {@code divergences},
   * {@code warmup_divergences}, {@code mean_tree_depth}, {@code num_steps} (mean per transition),
   * {@code grad_evals}, {@code failed_evals} and {@code iterations}; per chain see {@link
   * #chainDiagnostics()}.
   */
  @Override
  public Map<String, Double> diagnostics() {
    Map<String, Double> d = new LinkedHashMap<>();
    List<ChainDiagnostics> chains = chainDiagnostics();
    d.put("step_size", mean(stepSizes()));
    d.put("accept_prob_mean", counters.meanAcceptProb());
    d.put("divergences", (double) counters.divergences(false));
    d.put("warmup_divergences", (double) counters.divergences(true));
    d.put(
        "mean_tree_depth",
        chains.stream().mapToDouble(ChainDiagnostics::meanTreeDepth).average().orElse(Double.NaN));
    d.put(
        "num_steps",
        chains.stream().mapToDouble(ChainDiagnostics::meanNumSteps).average().orElse(Double.NaN));
    d.put("grad_evals", (double) gradientEvaluations());
    d.put("failed_evals", guarded == null ? 0.0 : (double) guarded.failedEvaluations());
    d.put("iterations", (double) iteration);
    return d;
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
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
