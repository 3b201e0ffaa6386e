package dev.pyrite.svi;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Plate;
import dev.pyrite.handlers.BlockHandler;
import dev.pyrite.handlers.Handlers;
import dev.pyrite.handlers.ModelGuideMatch;
import dev.pyrite.handlers.Trace;
import dev.pyrite.spi.Elbo;
import dev.pyrite.spi.ElboOptions;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.Model;
import dev.pyrite.spi.PlateFrame;
import dev.pyrite.svi.internal.PerParticle;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The standard ELBO estimator, Pyro's {@code Trace_ELBO}: runs the guide, replays the model at the
 * guide's draws, and differentiates {@code log p(x, z) - log q(z)}. Reparameterised sites give
 * pathwise gradients; the others add a score-function term {@code log q(z) * stop(elbo)} (the
 * surrogate keeps the loss value equal to {@code -ELBO}).
 *
 * <p>With {@code numParticles > 1} and vectorisation (the default of {@link #TraceElbo(int)}), all
 * particles are drawn in one pass inside an outer plate to the left of the model's plates.
 *
 * <pre>{@code
 * Elbo elbo = new TraceElbo(10);
 * }</pre>
 */
public final class TraceElbo implements Elbo {
  private static final String PARTICLES = "_num_particles_vectorized";

  /** Inferred plate nesting per model and guide (weak, by identity of the lambdas). */
  private static final Map<Model<?>, Map<Model<?>, Integer>> NESTING =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final ElboOptions options;
  private final int declaredNesting;

  /** One particle. */
  public TraceElbo() {
    this(ElboOptions.defaults());
  }

  /**
   * Vectorised particles.
   *
   * @param numParticles how many particles per estimate
   */
  public TraceElbo(int numParticles) {
    this(ElboOptions.particles(numParticles));
  }

  /**
   * Any options.
   *
   * @param options particles and vectorisation
   */
  public TraceElbo(ElboOptions options) {
    this(options, -1);
  }

  /**
   * Any options and a declared plate nesting, Pyro's {@code max_plate_nesting}: no inference trace
   * is run (an inference trace draws from the guide once, which a run that must continue a
   * checkpoint bit for bit in a new JVM may want to avoid).
   *
   * @param options particles and vectorisation
   * @param maxPlateNesting how many plate dims the model and guide use, {@code >= 0}, or -1 to
   *     infer
   */
  public TraceElbo(ElboOptions options, int maxPlateNesting) {
    if (maxPlateNesting < -1) {
      throw new IllegalArgumentException(
          "TraceElbo maxPlateNesting = " + maxPlateNesting + "; pass >= 0, or -1 to infer it");
    }
    this.options = options;
    this.declaredNesting = maxPlateNesting;
  }

  /**
   * The options.
   *
   * @return the options
   */
  public ElboOptions options() {
    return options;
  }

  @Override
  public <A> NDArray differentiableLoss(Model<A> model, Model<A> guide, A args) {
    int n = options.numParticles();
    if (n > 1 && options.vectorizeParticles()) {
      int depth = maxPlateNesting(model, guide, args) + 1;
      Model<A> g = inParticlePlate(guide, n, depth);
      Model<A> m = inParticlePlate(model, n, depth);
      return particleLoss(m, g, args, depth).mean().neg();
    }
    NDArray total = null;
    for (int i = 0; i < n; i++) {
      NDArray l = particleLoss(model, guide, args, 0).neg();
      total = total == null ? l : total.add(l);
    }
    return n == 1 ? total : total.div(n);
  }

  /** The surrogate ELBO of each particle, whose value is the ELBO. */
  private static <A> NDArray particleLoss(Model<A> model, Model<A> guide, A args, int depth) {
    Trace guideTrace = Handlers.trace(guide, args);
    Trace modelTrace = Handlers.trace(Handlers.replay(model, guideTrace), args);
    // Pyro's validation: sites must match, log_prob shapes must fit the plates
    ModelGuideMatch.validate(modelTrace, guideTrace);
    int nesting = depth == 0 ? Trace.ALL_DIMS : depth;
    modelTrace.checkShapes(nesting);
    guideTrace.checkShapes(nesting);
    NDArray elbo = null;
    for (Message site : modelTrace.nodes()) {
      if (isScored(site)) {
        elbo = add(elbo, reduce(modelTrace.logProb(site.name()), depth));
      }
    }
    NDArray score = null;
    for (Message site : guideTrace.nodes()) {
      if (!isScored(site)) {
        continue;
      }
      NDArray lq = reduce(guideTrace.logProb(site.name()), depth);
      elbo = add(elbo, lq.neg());
      if (!site.fn().hasRsample()) {
        score = add(score, lq);
      }
    }
    if (elbo == null) {
      throw new IllegalArgumentException("the model and guide have no sample sites");
    }
    if (score == null) {
      return elbo;
    }
    NDArray term = score.mul(elbo.stopGradient());
    return elbo.add(term.sub(term.stopGradient()));
  }

  private static boolean isScored(Message site) {
    return site.type() == dev.pyrite.spi.MessageType.SAMPLE && Trace.isScored(site);
  }

  private static NDArray reduce(NDArray lp, int depth) {
    return depth == 0 ? lp.sum() : PerParticle.sum(lp, depth);
  }

  private static NDArray add(NDArray a, NDArray b) {
    return a == null ? b : a.add(b);
  }

  private static <A> Model<A> inParticlePlate(Model<A> model, int n, int depth) {
    return args -> {
      try (Plate p = new Plate(PARTICLES, n, n, -depth).install()) {
        model.run(args);
      }
    };
  }

  /**
   * The plate nesting of a model and guide: declared, or inferred once per (model, guide) pair by
   * tracing both, and remembered for that pair (not per ELBO instance).
   */
  private <A> int maxPlateNesting(Model<A> model, Model<A> guide, A args) {
    if (declaredNesting >= 0) {
      return declaredNesting;
    }
    Map<Model<?>, Integer> byGuide =
        NESTING.computeIfAbsent(model, k -> Collections.synchronizedMap(new WeakHashMap<>()));
    Integer known = byGuide.get(guide);
    if (known != null) {
      return known;
    }
    Trace g;
    Trace m;
    try (BlockHandler b = BlockHandler.all().install()) {
      g = Handlers.trace(guide, args);
      m = Handlers.trace(Handlers.replay(model, g), args);
    }
    int depth = Math.max(depthOf(g), depthOf(m));
    byGuide.put(guide, depth);
    return depth;
  }

  private static int depthOf(Trace t) {
    int depth = 0;
    for (Message site : t.nodes()) {
      for (PlateFrame f : site.condIndepStack()) {
        if (f.isVectorized()) {
          depth = Math.max(depth, -f.dim());
        }
      }
    }
    return depth;
  }
}
