package dev.pyrite.mcmc;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.mcmc.diagnostics.Draws;
import dev.pyrite.mcmc.internal.ChainInitParams;
import dev.pyrite.mcmc.internal.Ownership;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.McmcKernel;
import dev.pyrite.spi.McmcState;
import dev.pyrite.spi.Model;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Runs an MCMC kernel on a model, Pyro's {@code MCMC}: builds the model's potential once, runs
 * {@code numWarmup} adapting transitions and {@code numSamples} recorded ones for all chains at
 * once, and returns the draws in constrained space.
 *
 * <p>Every transition runs in a memory scope that keeps only the new state; positions are written
 * into one preallocated array {@code (numSamples, chains, dim)}, so the live-array count stays flat
 * and nothing is read back to Java per draw. The runner owns that array until the next {@link
 * #run}.
 *
 * <pre>{@code
 * MCMC mcmc = new MCMC(new HMC(KernelOptions.defaults()), 1000, 300)
 *     .numChains(4)
 *     .onProgress(i -> bar.stepTo(i));
 * mcmc.run(model, x);
 * NDArray p = mcmc.samples().get("p");                // (4000)
 * NDArray byChain = mcmc.samples(true).get("p");      // (4, 1000)
 * mcmc.printSummary(System.out);
 * }</pre>
 */
public final class MCMC {
  private final McmcKernel kernel;
  private final int numSamples;
  private final int numWarmup;
  private int numChains = 1;
  private InitStrategy initStrategy = InitStrategies.initToUniform();
  private Map<String, NDArray> initParams = Map.of();
  private IntConsumer progress = i -> {};
  private ModelPotential potential;
  private NDArray draws;

  /**
   * Creates a runner.
   *
   * @param kernel the transition kernel, e.g. {@link HMC}
   * @param numSamples recorded transitions per chain
   * @param numWarmup adapting (discarded) transitions per chain before them
   */
  public MCMC(McmcKernel kernel, int numSamples, int numWarmup) {
    if (numSamples < 1) {
      throw new IllegalArgumentException(
          "numSamples must be at least 1 (draws kept per chain), got " + numSamples);
    }
    if (numWarmup < 0) {
      throw new IllegalArgumentException(
          "numWarmup must be at least 0 (adapting transitions per chain), got " + numWarmup);
    }
    this.kernel = Objects.requireNonNull(kernel, "kernel");
    this.numSamples = numSamples;
    this.numWarmup = numWarmup;
  }

  /**
   * Sets the number of chains, run vectorised along a leading dimension (default 1).
   *
   * @param chains at least 1
   * @return this runner
   */
  public MCMC numChains(int chains) {
    if (chains < 1) {
      throw new IllegalArgumentException("numChains must be at least 1, got " + chains);
    }
    this.numChains = chains;
    return this;
  }

  /**
   * Sets how chains start (default {@link InitStrategies#initToUniform()}, as Pyro).
   *
   * @param strategy the init strategy
   * @return this runner
   */
  public MCMC initStrategy(InitStrategy strategy) {
    this.initStrategy = Objects.requireNonNull(strategy, "strategy");
    return this;
  }

  /**
   * Starts the chains at given constrained values for some latent sites (the others follow the init
   * strategy): each value has the site's shape (every chain starts there) or a leading chain dim
   * (one start per chain). The arrays are read when {@link #run} starts.
   *
   * @param values initial values by site name, in each site's support
   * @return this runner
   */
  public MCMC initParams(Map<String, NDArray> values) {
    this.initParams = Map.copyOf(values);
    return this;
  }

  /**
   * Sets a hook called after every transition with the number of transitions done so far, warmup
   * included (out of {@link #totalTransitions()}).
   *
   * @param hook the progress hook
   * @return this runner
   */
  public MCMC onProgress(IntConsumer hook) {
    this.progress = Objects.requireNonNull(hook, "hook");
    return this;
  }

  /**
   * How many transitions a run makes per chain.
   *
   * @return {@code numWarmup + numSamples}
   */
  public int totalTransitions() {
    return numWarmup + numSamples;
  }

  /**
   * Runs the chains; the draws of a previous run are freed.
   *
   * @param model the model
   * @param args its argument (data)
   * @param <A> the argument type
   * @return this runner
   */
  public <A> MCMC run(Model<A> model, A args) {
    release();
    potential =
        new ModelPotential(
            model, args, new ChainInitParams(initParams, initStrategy, numChains), numChains);
    for (String name : initParams.keySet()) {
      if (!potential.siteNames().contains(name)) {
        throw new IllegalArgumentException(
            "initParams names \""
                + name
                + "\", which is not a latent site of the model; latent sites: "
                + potential.siteNames());
      }
    }
    McmcState state;
    try (Scope s = Scope.open()) {
      state = keep(s, kernel.setup(potential, potential.initialPosition(), numWarmup));
    }
    try {
      draws = allocate(state.position());
      if (numWarmup == 0) {
        kernel.endWarmup(state);
      }
      for (int i = 0; i < totalTransitions(); i++) {
        state = transition(state, i);
        if (i == numWarmup - 1) {
          kernel.endWarmup(state);
        }
        progress.accept(i + 1);
      }
    } finally {
      close(state, null);
    }
    return this;
  }

  private NDArray allocate(NDArray position) {
    Shape s = new Shape(numSamples).addAll(position.getShape());
    NDArray buffer = Backend.manager().zeros(s, position.getDataType());
    return Scope.escape(buffer);
  }

  private McmcState transition(McmcState state, int i) {
    McmcState next;
    try (Scope s = Scope.open()) {
      next = keep(s, kernel.sample(state));
      if (i >= numWarmup) {
        draws.set(new NDIndex(i - numWarmup), next.position());
      }
    }
    close(state, next);
    return next;
  }

  private static McmcState keep(Scope s, McmcState st) {
    s.keep(st.position());
    s.keep(st.potentialEnergy());
    s.keep(st.gradient());
    s.keep(st.acceptProb());
    s.keep(st.diverging());
    return st;
  }

  private static void close(McmcState old, McmcState next) {
    NDArray[] arrays = {
      old.position(), old.potentialEnergy(), old.gradient(), old.acceptProb(), old.diverging()
    };
    for (NDArray a : arrays) {
      if (next == null || !sharedWith(a, next)) {
        Ownership.close(a);
      }
    }
  }

  private static boolean sharedWith(NDArray a, McmcState st) {
    return a == st.position()
        || a == st.potentialEnergy()
        || a == st.gradient()
        || a == st.acceptProb()
        || a == st.diverging();
  }

  private void release() {
    Ownership.close(draws);
    draws = null;
  }

  /**
   * The draws of all chains, chain after chain.
   *
   * @return site name to constrained draws {@code (numChains * numSamples) + siteShape}, in the
   *     caller's scope
   */
  public Map<String, NDArray> samples() {
    return samples(false);
  }

  /**
   * The draws, optionally grouped by chain.
   *
   * @param groupByChain whether to keep a leading chain dim
   * @return site name to draws {@code (numChains, numSamples) + siteShape} when grouped, else
   *     {@code (numChains * numSamples) + siteShape}; in the caller's scope
   */
  public Map<String, NDArray> samples(boolean groupByChain) {
    requireRun();
    Shape s = draws.getShape();
    long chains = s.get(1);
    NDArray flat = draws.transpose(1, 0, 2).reshape(chains * numSamples, s.get(2));
    Map<String, NDArray> values = potential.unpack(flat);
    if (!groupByChain) {
      return values;
    }
    Map<String, NDArray> grouped = new LinkedHashMap<>();
    values.forEach(
        (name, v) ->
            grouped.put(
                name, v.reshape(new Shape(chains, numSamples).addAll(potential.siteShape(name)))));
    return grouped;
  }

  /**
   * Mean, standard deviation, 5/50/95% quantiles, effective sample size and split R-hat of every
   * latent site, from the draws grouped by chain.
   *
   * @return site name to summary, in site order
   */
  public Map<String, SiteSummary> summary() {
    requireRun();
    Map<String, SiteSummary> out = new LinkedHashMap<>();
    try (Scope s = Scope.open()) {
      for (Map.Entry<String, NDArray> e : samples(true).entrySet()) {
        NDArray v = e.getValue();
        Shape shape = v.getShape();
        int[] event = new int[shape.dimension() - 2];
        for (int i = 0; i < event.length; i++) {
          event[i] = (int) shape.get(i + 2);
        }
        double[] values = v.toType(DataType.FLOAT64, false).toDoubleArray();
        Draws d = Draws.of(values, (int) shape.get(0), (int) shape.get(1), event);
        out.put(e.getKey(), SiteSummary.of(d));
      }
    }
    return out;
  }

  /**
   * The summary, divergences and per-chain figures as JSON (see {@link SummaryJson}); sites of
   * shape {@code ()} are written as numbers, the others as arrays.
   *
   * @return the JSON object
   */
  public ObjectNode summaryJson() {
    Set<String> scalars = new HashSet<>();
    for (String name : potential().siteNames()) {
      if (potential.siteShape(name).dimension() == 0) {
        scalars.add(name);
      }
    }
    return SummaryJson.of(summary(), scalars, divergences(), chainDiagnostics());
  }

  /**
   * The per-chain figures of kernels that adapt per chain ({@link ChainwiseKernel}).
   *
   * @return one entry per chain, or an empty list for other kernels
   */
  public List<ChainDiagnostics> chainDiagnostics() {
    return kernel instanceof ChainwiseKernel c ? c.chainDiagnostics() : List.of();
  }

  private long divergences() {
    Double d = kernel.diagnostics().get("divergences");
    return d == null ? 0 : d.longValue();
  }

  /**
   * Prints the summary as Pyro's {@code MCMC.summary()} does (one row per site element: mean, std,
   * median, 5.0%, 95.0%, n_eff, r_hat), followed by the number of divergences and, for kernels that
   * adapt per chain, one line per chain.
   *
   * @param out where to print
   */
  public void printSummary(PrintStream out) {
    SummaryTable.print(out, summary(), divergences(), chainDiagnostics());
  }

  /**
   * The kernel's diagnostics (step size, acceptance, divergences, gradient evaluations, ...).
   *
   * @return named figures
   */
  public Map<String, Double> diagnostics() {
    return kernel.diagnostics();
  }

  /**
   * The potential of the last run (site names, shapes, unpacking of flat vectors).
   *
   * @return the potential
   */
  public ModelPotential potential() {
    requireRun();
    return potential;
  }

  private void requireRun() {
    if (draws == null) {
      throw new IllegalStateException("no draws yet: call run(model, args) first");
    }
  }
}
