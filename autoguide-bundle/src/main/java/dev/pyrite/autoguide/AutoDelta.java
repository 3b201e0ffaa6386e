package dev.pyrite.autoguide;

import static dev.pyrite.Pyrite.param;
import static dev.pyrite.Pyrite.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.ParamStore;
import dev.pyrite.Plate;
import dev.pyrite.distributions.Delta;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.Model;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A point-mass guide for MAP estimation, Pyro's {@code AutoDelta}: site {@code x} gets one param
 * {@code AutoDelta.x} constrained to the site's support (so it is stored and optimised in
 * unconstrained space through {@code biject_to(support)}) and is drawn from {@code Delta(value)}. A
 * site inside plates is drawn inside the same plates; its param has the plates' full sizes and a
 * subsampling plate uses only this pass's rows. Fitted with {@code TraceElbo}, the loss is the
 * negative log joint, so the params converge to the MAP (of the constrained density, as Pyro).
 *
 * <pre>{@code
 * AutoDelta<NDArray> guide = new AutoDelta<>(model);
 * new SVI<>(model, guide, new Adam(0.01), new TraceElbo()).step(x);
 * NDArray map = guide.median(x).get("beta");
 * }</pre>
 *
 * @param <A> the model's argument type
 */
public final class AutoDelta<A> extends AutoGuideBase<A> {
  /**
   * With default options (init to median).
   *
   * @param model the model
   */
  public AutoDelta(Model<A> model) {
    this(model, AutoGuideOptions.defaults());
  }

  /**
   * With options; {@code initScale} is unused.
   *
   * @param model the model
   * @param options the init strategy
   */
  public AutoDelta(Model<A> model, AutoGuideOptions options) {
    super(model, options, "AutoDelta");
  }

  @Override
  protected void sampleLatents(A args) {
    Map<String, Plate> pass = new HashMap<>();
    for (LatentSite site : latentSites()) {
      NDArray value = value(site);
      try (SitePlates plates = SitePlates.enter(site, pass)) {
        sample(
            site.name(),
            new Delta(plates.subsample(value, site.eventDim()), null, site.eventDim()));
      }
    }
  }

  private NDArray value(LatentSite site) {
    return param(
        paramName(site),
        () -> site.transform().forward(site.unconstrainedInit()),
        site.transform().codomain(),
        site.eventDim());
  }

  /**
   * The name of a site's param.
   *
   * @param site the site
   * @return {@code AutoDelta.<site>}
   */
  private String paramName(LatentSite site) {
    return prefix() + "." + site.name();
  }

  /** The point values: the median, the mean and every quantile of a point mass. */
  @Override
  public Map<String, NDArray> median(A args) {
    ensureSetup(args);
    Map<String, NDArray> out = new LinkedHashMap<>();
    for (LatentSite site : latentSites()) {
      out.put(site.name(), ParamStore.current().constrained(paramName(site)).stopGradient());
    }
    return out;
  }

  @Override
  public Map<String, NDArray> quantiles(A args, double... probs) {
    return repeated(median(args), probs.length);
  }

  @Override
  public Map<String, NDArray> samplePosterior(A args, int numSamples) {
    return repeated(median(args), numSamples);
  }

  private static Map<String, NDArray> repeated(Map<String, NDArray> points, int n) {
    Map<String, NDArray> out = new LinkedHashMap<>();
    for (Map.Entry<String, NDArray> e : points.entrySet()) {
      NDArray v = e.getValue();
      out.put(e.getKey(), v.expandDims(0).broadcast(new Shape(n).addAll(v.getShape())).duplicate());
    }
    return out;
  }
}
