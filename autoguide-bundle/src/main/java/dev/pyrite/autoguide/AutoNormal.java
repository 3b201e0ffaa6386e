package dev.pyrite.autoguide;

import static dev.pyrite.Pyrite.param;
import static dev.pyrite.Pyrite.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.ParamStore;
import dev.pyrite.Plate;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.TransformedDistribution;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.Model;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mean-field normal guide in unconstrained space with one loc and one scale param per latent
 * site, Pyro's {@code AutoNormal}: site {@code x} gets params {@code AutoNormal.locs.x} and {@code
 * AutoNormal.scales.x} and is drawn from {@code Normal(loc, scale)} pushed through {@code
 * biject_to(support)}. A site inside plates is drawn inside the same plates; its params have the
 * plates' full sizes and a subsampling plate uses only this pass's rows of them (Pyro's behaviour),
 * so param memory grows linearly with the plate size.
 *
 * <pre>{@code
 * AutoNormal<NDArray> guide = new AutoNormal<>(model);
 * }</pre>
 *
 * @param <A> the model's argument type
 */
public final class AutoNormal<A> extends AutoGuideBase<A> {
  /**
   * With default options (init to feasible, init scale 0.1).
   *
   * @param model the model
   */
  public AutoNormal(Model<A> model) {
    this(model, AutoGuideOptions.defaults());
  }

  /**
   * With options.
   *
   * @param model the model
   * @param options init strategy and init scale
   */
  public AutoNormal(Model<A> model, AutoGuideOptions options) {
    super(model, options, "AutoNormal");
  }

  /**
   * Pyro's AutoNormal starts every latent at zero in unconstrained space ({@code
   * init_to_feasible}).
   */
  @Override
  protected InitStrategy defaultInit() {
    return InitStrategies.initToFeasible();
  }

  @Override
  protected void sampleLatents(A args) {
    Map<String, Plate> pass = new HashMap<>();
    for (LatentSite site : latentSites()) {
      NDArray loc = param(locName(site), site::unconstrainedInit, null, site.eventDim());
      NDArray scale =
          param(
              scaleName(site),
              () -> site.unconstrainedInit().onesLike().mul(options().initScale()),
              Constraints.positive(),
              site.eventDim());
      try (SitePlates plates = SitePlates.enter(site, pass)) {
        NDArray siteLoc = plates.subsample(loc, site.eventDim());
        NDArray siteScale = plates.subsample(scale, site.eventDim());
        sample(
            site.name(),
            new TransformedDistribution(
                new Normal(siteLoc, siteScale).toEvent(site.eventDim()), site.transform()));
      }
    }
  }

  private String locName(LatentSite site) {
    return prefix() + ".locs." + site.name();
  }

  private String scaleName(LatentSite site) {
    return prefix() + ".scales." + site.name();
  }

  @Override
  public Map<String, NDArray> median(A args) {
    ensureSetup(args);
    Map<String, NDArray> out = new LinkedHashMap<>();
    for (LatentSite site : latentSites()) {
      out.put(
          site.name(), site.transform().forward(ParamStore.current().constrained(locName(site))));
    }
    return out;
  }

  @Override
  public Map<String, NDArray> quantiles(A args, double... probs) {
    ensureSetup(args);
    Map<String, NDArray> out = new LinkedHashMap<>();
    for (LatentSite site : latentSites()) {
      NDArray loc = ParamStore.current().constrained(locName(site));
      NDArray scale = ParamStore.current().constrained(scaleName(site));
      NDArray q = loc.getManager().create(probs).toType(loc.getDataType(), false);
      NDArray z =
          new Normal(loc.expandDims(0), scale.expandDims(0))
              .icdf(q.reshape(column(probs.length, loc)));
      out.put(site.name(), site.transform().forward(z));
    }
    return out;
  }

  @Override
  public Map<String, NDArray> samplePosterior(A args, int numSamples) {
    ensureSetup(args);
    Map<String, NDArray> out = new LinkedHashMap<>();
    for (LatentSite site : latentSites()) {
      NDArray loc = ParamStore.current().constrained(locName(site));
      NDArray scale = ParamStore.current().constrained(scaleName(site));
      NDArray z = new Normal(loc, scale).sample(new Shape(numSamples));
      out.put(site.name(), site.transform().forward(z));
    }
    return out;
  }

  static Shape column(int n, NDArray like) {
    long[] dims = new long[like.getShape().dimension() + 1];
    java.util.Arrays.fill(dims, 1);
    dims[0] = n;
    return new Shape(dims);
  }
}
