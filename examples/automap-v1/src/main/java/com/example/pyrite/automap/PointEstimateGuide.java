package com.example.pyrite.automap;

import static dev.pyrite.Pyrite.param;
import static dev.pyrite.Pyrite.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.ParamStore;
import dev.pyrite.autoguide.AutoGuideBase;
import dev.pyrite.autoguide.LatentSite;
import dev.pyrite.distributions.Delta;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.Model;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A MAP guide built on Pyrite's exported autoguide base: each latent site is a point mass at a
 * learnable unconstrained location pushed into its support.
 *
 * @param <A> the model's argument type
 */
final class PointEstimateGuide<A> extends AutoGuideBase<A> {
  PointEstimateGuide(Model<A> model, AutoGuideOptions options) {
    super(model, options, "AutoMap");
  }

  @Override
  protected void sampleLatents(A args) {
    for (LatentSite site : latentSites()) {
      NDArray loc = param(prefix() + ".loc." + site.name(), site::unconstrainedInit, null, 0);
      sample(site.name(), new Delta(site.transform().forward(loc), null, site.eventDim()));
    }
  }

  @Override
  public Map<String, NDArray> median(A args) {
    ensureSetup(args);
    Map<String, NDArray> out = new LinkedHashMap<>();
    for (LatentSite site : latentSites()) {
      NDArray loc = ParamStore.current().constrained(prefix() + ".loc." + site.name());
      out.put(site.name(), site.transform().forward(loc));
    }
    return out;
  }

  @Override
  public Map<String, NDArray> quantiles(A args, double... probs) {
    Map<String, NDArray> out = new LinkedHashMap<>();
    median(args).forEach((k, v) -> out.put(k, v.expandDims(0).repeat(0, probs.length)));
    return out;
  }

  @Override
  public Map<String, NDArray> samplePosterior(A args, int numSamples) {
    Map<String, NDArray> out = new LinkedHashMap<>();
    median(args)
        .forEach((k, v) -> out.put(k, v.broadcast(new Shape(numSamples).addAll(v.getShape()))));
    return out;
  }
}
