package dev.pyrite.autoguide;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Bijections;
import dev.pyrite.Scope;
import dev.pyrite.handlers.BlockHandler;
import dev.pyrite.handlers.Trace;
import dev.pyrite.handlers.TraceHandler;
import dev.pyrite.init.InitHandler;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.Model;
import dev.pyrite.spi.PlateFrame;
import dev.pyrite.spi.Transform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What every autoguide shares: on the first run it traces the model once, hidden from every other
 * handler, with the init strategy giving each latent site its value, and records the latent sites
 * with their bijections; then each run calls {@link #sampleLatents}.
 *
 * <pre>{@code
 * public final class AutoDelta<A> extends AutoGuideBase<A> {
 *   protected void sampleLatents(A args) { ... sample(site.name(), new Delta(...)); }
 * }
 * }</pre>
 *
 * @param <A> the model's argument type
 */
public abstract class AutoGuideBase<A> implements AutoGuide<A> {
  private final Model<A> model;
  private final AutoGuideOptions options;
  private final String prefix;
  private List<LatentSite> sites;

  /**
   * Creates the guide.
   *
   * @param model the model
   * @param options the options
   * @param prefix the prefix of the guide's param names
   */
  protected AutoGuideBase(Model<A> model, AutoGuideOptions options, String prefix) {
    this.model = model;
    this.options = options;
    this.prefix = prefix;
  }

  @Override
  public final void run(A args) {
    ensureSetup(args);
    sampleLatents(args);
  }

  /**
   * Samples every latent site of the model (called on each run after setup).
   *
   * @param args the model's argument
   */
  protected abstract void sampleLatents(A args);

  /**
   * The init strategy used when the options name none: Pyro's {@code init_to_median} for guides
   * over one flat vector; per-site guides override it.
   *
   * @return the default strategy
   */
  protected InitStrategy defaultInit() {
    return InitStrategies.initToMedian();
  }

  /**
   * The latent sites, in model order.
   *
   * @return the sites (empty before the first run)
   */
  public final List<LatentSite> latentSites() {
    return sites == null ? List.of() : Collections.unmodifiableList(sites);
  }

  /**
   * The model this guide was built for.
   *
   * @return the model
   */
  protected final Model<A> model() {
    return model;
  }

  /**
   * The options.
   *
   * @return the options
   */
  protected final AutoGuideOptions options() {
    return options;
  }

  /**
   * The param-name prefix, e.g. {@code "AutoNormal"}.
   *
   * @return the prefix
   */
  protected final String prefix() {
    return prefix;
  }

  /**
   * Builds the prototype on first use.
   *
   * @param args the model's argument
   */
  protected final void ensureSetup(A args) {
    if (sites != null) {
      return;
    }
    InitStrategy init = options.init() == null ? defaultInit() : options.init();
    TraceHandler tracer = new TraceHandler();
    try (BlockHandler b = BlockHandler.all().install();
        InitHandler i = new InitHandler(init).install();
        TraceHandler t = tracer.install()) {
      model.run(args);
    }
    sites = latentSitesOf(tracer.trace());
    if (sites.isEmpty()) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + ": the model has no latent sample sites to guide");
    }
  }

  private static List<LatentSite> latentSitesOf(Trace trace) {
    List<LatentSite> out = new ArrayList<>();
    for (Message m : trace.stochasticNodes()) {
      if (m.fn().isDiscrete()) {
        throw new IllegalArgumentException(
            "latent site \""
                + m.name()
                + "\" is discrete ("
                + m.fn().name()
                + "); autoguides need continuous latents (enumerate discrete ones out)");
      }
      Transform t = Bijections.bijectTo(m.fn().support());
      int eventDim = m.fn().eventShape().dimension();
      List<PlateFrame> plates = new ArrayList<>();
      NDArray value = m.value();
      for (PlateFrame f : m.condIndepStack()) {
        if (f.isVectorized()) {
          plates.add(f);
          if (f.subsampleSize() < f.size()) {
            int axis = value.getShape().dimension() - eventDim + f.dim();
            value = SitePlates.periodicRepeat(value, axis, f.size());
          }
        }
      }
      NDArray u = Scope.escape(t.inverse(value).stopGradient());
      out.add(new LatentSite(m.name(), value.getShape(), t, u, eventDim, plates));
    }
    return out;
  }
}
