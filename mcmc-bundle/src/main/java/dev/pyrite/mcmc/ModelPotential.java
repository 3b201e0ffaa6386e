package dev.pyrite.mcmc;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.pyrite.Backend;
import dev.pyrite.Bijections;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Distributions;
import dev.pyrite.handlers.BlockHandler;
import dev.pyrite.handlers.SubstituteHandler;
import dev.pyrite.handlers.Trace;
import dev.pyrite.handlers.TraceHandler;
import dev.pyrite.init.InitHandler;
import dev.pyrite.mcmc.internal.DiscreteLatentGuard;
import dev.pyrite.mcmc.internal.FixedParams;
import dev.pyrite.mcmc.internal.LatentSite;
import dev.pyrite.mcmc.internal.Ownership;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.Model;
import dev.pyrite.spi.PlateFrame;
import dev.pyrite.spi.PotentialFunction;
import dev.pyrite.spi.Transform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The potential energy {@code U(z) = -log p(x, T(z)) - log|det J_T(z)|} of a model on a flat
 * unconstrained vector {@code z}, batched over chains, as NumPyro builds it once before sampling.
 *
 * <p>Construction traces the model once per chain with the init strategy choosing each latent
 * site's value (under {@code block}, so outer handlers see nothing), and records the latent sites
 * in execution order: name, shape, the bijection {@code biject_to(support)} and the slice of the
 * flat vector the site occupies. Each evaluation then runs the model once for all chains: the
 * constrained values are substituted with a leading chain dim, inside a plate {@code "_chains"}
 * placed left of every plate of the model, and the scaled, masked log-probabilities of all sample
 * sites are summed per chain. With a single row no chain plate is added, so any model works. Params
 * are read from the param store as constants (detached); deterministic sites are ignored.
 *
 * <p>Arrays returned by {@link #energy}, {@link #energyAndGradient}, {@link #unpack} and {@link
 * #initialPosition} belong to the caller's innermost open {@code Scope} (or to the caller when none
 * is open).
 *
 * <pre>{@code
 * ModelPotential u = new ModelPotential(model, x, InitStrategies.initToUniform(), 4);
 * NDArray z = u.initialPosition();                  // (4, dim)
 * EnergyAndGradient eg = u.energyAndGradient(z);    // (4), (4, dim)
 * Map<String, NDArray> values = u.unpack(z);        // "p" -> (4)
 * }</pre>
 */
public final class ModelPotential implements PotentialFunction {
  /** How many starts each chain draws before giving up on a non-finite potential (as Pyro). */
  public static final int MAX_INIT_TRIES = 100;

  private static final String CHAIN_PLATE = "_chains";

  private final Runnable program;
  private final int numChains;
  private final List<LatentSite> sites;
  private final int nesting;
  private final int dimension;
  private final DataType dtype;
  private final NDArray init;

  /**
   * Builds the potential of a model.
   *
   * @param model the model
   * @param args its argument (data), held for every evaluation
   * @param initStrategy chooses the initial constrained value of each latent site
   * @param numChains how many chains {@link #initialPosition} starts
   * @param <A> the argument type
   * @throws IllegalArgumentException when the model has no continuous latent site
   */
  public <A> ModelPotential(Model<A> model, A args, InitStrategy initStrategy, int numChains) {
    this(model, args, (IntFunction<InitStrategy>) chain -> initStrategy, numChains);
  }

  /**
   * Builds the potential of a model with an init strategy per chain. Each chain's start is drawn
   * again, up to {@value #MAX_INIT_TRIES} times, while its potential energy or gradient is not
   * finite (Pyro's behaviour); then construction fails naming the site whose log density is not
   * finite.
   *
   * @param model the model
   * @param args its argument (data), held for every evaluation
   * @param initForChain the init strategy of each chain index
   * @param numChains how many chains {@link #initialPosition} starts
   * @param <A> the argument type
   * @throws IllegalArgumentException when the model has no continuous latent site
   * @throws IllegalStateException when a chain finds no start with a finite potential
   */
  public <A> ModelPotential(
      Model<A> model, A args, IntFunction<InitStrategy> initForChain, int numChains) {
    if (numChains < 1) {
      throw new IllegalArgumentException("numChains must be at least 1, got " + numChains);
    }
    this.program = () -> model.run(args);
    this.numChains = numChains;
    try (Scope scope = Scope.open()) {
      Trace first = traceWithInit(initForChain.apply(0));
      this.sites = describe(first);
      this.nesting = plateNesting(first);
      this.dimension = (int) sites.stream().mapToLong(LatentSite::size).sum();
      this.dtype = first.node(sites.get(0).name()).value().getDataType();
      NDList rows = new NDList();
      for (int c = 0; c < numChains; c++) {
        rows.add(validStart(c, initForChain.apply(c), c == 0 ? first : null));
      }
      this.init = scope.keep(NDArrays.stack(rows));
    }
  }

  private NDArray validStart(int chain, InitStrategy strategy, Trace firstTrace) {
    NDArray row = null;
    for (int attempt = 0; attempt < MAX_INIT_TRIES; attempt++) {
      Trace t = attempt == 0 && firstTrace != null ? firstTrace : traceWithInit(strategy);
      row = unconstrainedRow(t);
      if (finiteAt(row)) {
        return row;
      }
    }
    throw new IllegalStateException(
        "cannot find a valid initial point for chain "
            + chain
            + " in "
            + MAX_INIT_TRIES
            + " tries: "
            + nonFiniteTerm(row)
            + "; check the model's observations against each site's support, or start elsewhere"
            + " with MCMC.initParams(...) or another initStrategy");
  }

  private boolean finiteAt(NDArray row) {
    try (Scope s = Scope.open()) {
      EnergyAndGradient eg = energyAndGradient(row.reshape(1, dimension));
      // x - x is NaN exactly where x is NaN or infinite
      NDArray u = eg.energy();
      NDArray g = eg.gradient();
      return !u.sub(u).isNaN().any().logicalOr(g.sub(g).isNaN().any()).getBoolean();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private String nonFiniteTerm(NDArray row) {
    try (Scope s = Scope.open()) {
      Map<String, NDArray> terms = logDensityTerms(row.reshape(1, dimension));
      for (Map.Entry<String, NDArray> e : terms.entrySet()) {
        double v = e.getValue().toType(DataType.FLOAT64, false).getDouble(0);
        if (!Double.isFinite(v)) {
          return "the log density of " + e.getKey() + " is " + v + " there";
        }
      }
      return "the gradient of the potential is not finite there (every log density is finite)";
    } catch (IllegalArgumentException e) {
      return "the model rejects it: " + e.getMessage();
    }
  }

  private Trace traceWithInit(InitStrategy strategy) {
    TraceHandler tracer = new TraceHandler();
    // the prototype run validates the model (energy evaluations then skip it); init strategies
    // only handle continuous sites, so the guard above them rejects discrete latents first
    try (BlockHandler block = BlockHandler.all().install();
        TraceHandler t = tracer.install();
        InitHandler i = new InitHandler(strategy).install();
        DiscreteLatentGuard guard = new DiscreteLatentGuard().install()) {
      program.run();
    }
    return tracer.trace();
  }

  private static List<LatentSite> describe(Trace trace) {
    List<LatentSite> out = new ArrayList<>();
    long offset = 0;
    for (Message m : latentNodes(trace)) {
      Transform t = Bijections.bijectTo(m.fn().support());
      Shape unconstrained = t.inverse(m.value()).getShape();
      Shape shape = m.fn().shape(new Shape());
      LatentSite site =
          new LatentSite(
              m.name(), shape, m.fn().batchShape().dimension(), t, unconstrained, offset);
      out.add(site);
      offset += site.size();
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(
          "the model has no latent sample site; there is nothing for MCMC to sample");
    }
    return Collections.unmodifiableList(out);
  }

  private static List<Message> latentNodes(Trace trace) {
    List<Message> out = new ArrayList<>();
    for (Message m : trace.stochasticNodes()) {
      if (!Trace.isDeterministic(m)) {
        out.add(m);
      }
    }
    return out;
  }

  private static int plateNesting(Trace trace) {
    int n = 0;
    for (Message m : trace.nodes()) {
      if (m.type() != MessageType.SAMPLE || Trace.isDeterministic(m)) {
        continue;
      }
      for (PlateFrame f : m.condIndepStack()) {
        if (f.isVectorized()) {
          n = Math.max(n, -f.dim());
        }
      }
      n = Math.max(n, trace.logProb(m.name()).getShape().dimension());
    }
    return n;
  }

  private NDArray unconstrainedRow(Trace t) {
    NDList parts = new NDList();
    for (LatentSite s : sites) {
      Message m = t.node(s.name());
      if (m == null || !m.fn().shape(new Shape()).equals(s.shape())) {
        throw new IllegalArgumentException(
            "the model's latent sites differ between runs (site \""
                + s.name()
                + "\"); MCMC needs a fixed set of latent sites with fixed shapes");
      }
      parts.add(s.transform().inverse(m.value()).toType(dtype, false).reshape(-1));
    }
    return NDArrays.concat(parts);
  }

  @Override
  public int dimension() {
    return dimension;
  }

  /**
   * The plate nesting of the model: how many batch dims its sites use; the chain dim sits at {@code
   * -(maxPlateNesting + 1)}.
   *
   * @return the nesting
   */
  public int maxPlateNesting() {
    return nesting;
  }

  /**
   * The latent site names, in the order their values sit in the flat vector.
   *
   * @return the names
   */
  public List<String> siteNames() {
    return sites.stream().map(LatentSite::name).toList();
  }

  /**
   * The constrained shape of a latent site (without the chain dim).
   *
   * @param name the site name
   * @return {@code batchShape + eventShape} of the site
   */
  public Shape siteShape(String name) {
    return site(name).shape();
  }

  /**
   * The columns a latent site occupies in the flat unconstrained vector.
   *
   * @param name the site name
   * @return {@code {offset, size}}
   */
  public long[] siteColumns(String name) {
    LatentSite s = site(name);
    return new long[] {s.offset(), s.size()};
  }

  private LatentSite site(String name) {
    for (LatentSite s : sites) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "no latent site named \"" + name + "\"; sites: " + siteNames());
  }

  /**
   * The unconstrained start of each chain, from the init strategy.
   *
   * @return a new array {@code (numChains, dimension)}
   */
  public NDArray initialPosition() {
    return init.duplicate();
  }

  /**
   * Maps flat unconstrained vectors to the constrained value of every latent site.
   *
   * @param z flat vectors {@code (n, dimension)}
   * @return site name to values of shape {@code (n) + siteShape}, in site order
   */
  public Map<String, NDArray> unpack(NDArray z) {
    checkShape(z);
    Map<String, NDArray> out = new LinkedHashMap<>();
    for (LatentSite s : sites) {
      out.put(s.name(), s.transform().forward(s.unflatten(s.slice(z))));
    }
    return out;
  }

  @Override
  public NDArray energy(NDArray z) {
    NDArray u;
    try (Scope scope = Scope.open()) {
      u = scope.keep(evaluate(z));
    }
    return Ownership.adopt(u);
  }

  @Override
  public EnergyAndGradient energyAndGradient(NDArray z) {
    NDArray u;
    NDArray g;
    try (Scope scope = Scope.open()) {
      NDArray x = z.duplicate();
      x.setRequiresGradient(true);
      NDArray e;
      try (GradientCollector gc = Backend.newGradientCollector()) {
        e = evaluate(x);
        gc.backward(e.sum());
      }
      u = scope.keep(e.stopGradient());
      g = scope.keep(x.getGradient());
    }
    return new EnergyAndGradient(Ownership.adopt(u), Ownership.adopt(g));
  }

  private NDArray evaluate(NDArray z) {
    NDArray logJoint = null;
    for (NDArray term : logDensityTerms(z).values()) {
      logJoint = add(logJoint, term);
    }
    return logJoint.neg();
  }

  /**
   * The terms of the log joint per chain, in model order: each latent site's log-Jacobian (keyed
   * {@code the Jacobian of site "x"}) and every sample site's summed log-probability (keyed {@code
   * site "x"}).
   */
  private Map<String, NDArray> logDensityTerms(NDArray z) {
    checkShape(z);
    long chains = z.getShape().get(0);
    boolean vectorized = chains > 1;
    Map<String, NDArray> values = new LinkedHashMap<>();
    Map<String, NDArray> terms = new LinkedHashMap<>();
    for (LatentSite s : sites) {
      NDArray columns = s.slice(z);
      NDArray u = vectorized ? s.layout(columns, nesting) : columns.reshape(s.unconstrainedShape());
      NDArray value = s.transform().forward(u);
      values.put(s.name(), value);
      terms.put(
          "the Jacobian of site \"" + s.name() + "\"",
          perChain(s.transform().logAbsDetJacobian(u, value), chains, vectorized));
    }
    Trace trace = run(values, chains, vectorized);
    for (Message m : trace.nodes()) {
      if (m.type() == MessageType.SAMPLE && !Trace.isDeterministic(m)) {
        terms.put(
            "site \"" + m.name() + "\"",
            perChain(siteLogProb(trace, m, chains, vectorized), chains, vectorized));
      }
    }
    return terms;
  }

  private Trace run(Map<String, NDArray> values, long chains, boolean vectorized) {
    TraceHandler tracer = new TraceHandler();
    // the prototype run validated the model; energy evaluations skip the per-op read-backs
    try (Distributions.Validation off = Distributions.validation(false);
        BlockHandler block = BlockHandler.all().install();
        TraceHandler t = tracer.install();
        FixedParams fixed = new FixedParams().install();
        SubstituteHandler sub = new SubstituteHandler(values).install();
        Plate plate =
            vectorized ? new Plate(CHAIN_PLATE, chains, chains, -(nesting + 1)).install() : null) {
      program.run();
    }
    Trace trace = tracer.trace();
    for (Message m : latentNodes(trace)) {
      if (!values.containsKey(m.name())) {
        throw new IllegalStateException(
            "the model sampled latent site \""
                + m.name()
                + "\", which its prototype run did not have; MCMC needs a fixed set of latent sites");
      }
    }
    return trace;
  }

  private NDArray siteLogProb(Trace trace, Message m, long chains, boolean vectorized) {
    NDArray lp = trace.logProb(m.name());
    Shape s = lp.getShape();
    if (vectorized && (s.dimension() != nesting + 1 || s.get(0) != chains)) {
      throw new IllegalArgumentException(
          "at site \""
              + m.name()
              + "\": log_prob has shape "
              + s
              + " but a vectorised run of "
              + chains
              + " chains expects "
              + (nesting + 1)
              + " dims with the chain dim first; the model does not broadcast over chains (put"
              + " observations in plates and let parameters broadcast), or run one chain\n"
              + trace.formatShapes());
    }
    return lp;
  }

  private static NDArray perChain(NDArray x, long chains, boolean vectorized) {
    if (!vectorized) {
      return x.sum().reshape(1);
    }
    return x.getShape().dimension() == 1 ? x : x.reshape(chains, -1).sum(new int[] {1});
  }

  private static NDArray add(NDArray total, NDArray term) {
    return total == null ? term : total.add(term);
  }

  private void checkShape(NDArray z) {
    Shape s = z.getShape();
    if (s.dimension() != 2 || s.get(1) != dimension) {
      throw new IllegalArgumentException(
          "expected positions of shape (chains, " + dimension + "), got " + s);
    }
  }

  /**
   * How many chains {@link #initialPosition} starts.
   *
   * @return the chain count
   */
  public int numChains() {
    return numChains;
  }
}
