package dev.pyrite.autoguide;

import static dev.pyrite.Pyrite.param;
import static dev.pyrite.Pyrite.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.ParamStore;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.Delta;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.Model;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A diagonal normal over all latent sites flattened into one unconstrained vector, Pyro's {@code
 * AutoDiagonalNormal}: params {@code AutoDiagonalNormal.loc} and {@code AutoDiagonalNormal.scale}
 * of length D; the guide draws the auxiliary site {@code _AutoDiagonalNormal_latent} and emits each
 * model site as a {@link Delta} at its transformed slice, carrying the log-Jacobian.
 *
 * <pre>{@code
 * AutoDiagonalNormal<NDArray> guide = new AutoDiagonalNormal<>(model);
 * Map<String, NDArray> draws = guide.samplePosterior(x, 5000);
 * }</pre>
 *
 * @param <A> the model's argument type
 */
public final class AutoDiagonalNormal<A> extends AutoGuideBase<A> {
  /**
   * With default options (init to median, init scale 0.1).
   *
   * @param model the model
   */
  public AutoDiagonalNormal(Model<A> model) {
    this(model, AutoGuideOptions.defaults());
  }

  /**
   * With options.
   *
   * @param model the model
   * @param options init strategy and init scale
   */
  public AutoDiagonalNormal(Model<A> model, AutoGuideOptions options) {
    super(model, options, "AutoDiagonalNormal");
  }

  @Override
  protected void sampleLatents(A args) {
    NDArray loc = param(prefix() + ".loc", this::initialLoc, null, 1);
    NDArray scale =
        param(
            prefix() + ".scale",
            () -> initialLoc().onesLike().mul(options().initScale()),
            Constraints.positive(),
            1);
    NDArray latent = sample("_" + prefix() + "_latent", new Normal(loc, scale).toEvent(1));
    emit(latent);
  }

  private NDArray initialLoc() {
    NDList parts = new NDList();
    for (LatentSite site : latentSites()) {
      parts.add(site.unconstrainedInit().reshape(-1));
    }
    return parts.size() == 1 ? parts.get(0) : NDArrays.concat(parts);
  }

  private void emit(NDArray latent) {
    long start = 0;
    for (LatentSite site : latentSites()) {
      NDArray u = slice(latent, site, start);
      start += site.size();
      NDArray value = site.transform().forward(u);
      NDArray ladj =
          TensorOps.sumRightmost(site.transform().logAbsDetJacobian(u, value), site.eventDim());
      sample(site.name(), new Delta(value, ladj.neg(), site.eventDim()));
    }
  }

  private static NDArray slice(NDArray flat, LatentSite site, long start) {
    Shape batch = flat.getShape().slice(0, flat.getShape().dimension() - 1);
    NDArray part = flat.get(new NDIndex("..., " + start + ":" + (start + site.size())));
    return part.reshape(batch.addAll(site.unconstrainedInit().getShape()));
  }

  private Map<String, NDArray> constrainedOf(NDArray flat) {
    Map<String, NDArray> out = new LinkedHashMap<>();
    long start = 0;
    for (LatentSite site : latentSites()) {
      out.put(site.name(), site.transform().forward(slice(flat, site, start)));
      start += site.size();
    }
    return out;
  }

  @Override
  public Map<String, NDArray> median(A args) {
    ensureSetup(args);
    return constrainedOf(ParamStore.current().constrained(prefix() + ".loc"));
  }

  @Override
  public Map<String, NDArray> quantiles(A args, double... probs) {
    ensureSetup(args);
    NDArray loc = ParamStore.current().constrained(prefix() + ".loc");
    NDArray scale = ParamStore.current().constrained(prefix() + ".scale");
    NDArray q =
        loc.getManager().create(probs).toType(loc.getDataType(), false).reshape(probs.length, 1);
    return constrainedOf(new Normal(loc.expandDims(0), scale.expandDims(0)).icdf(q));
  }

  @Override
  public Map<String, NDArray> samplePosterior(A args, int numSamples) {
    ensureSetup(args);
    NDArray loc = ParamStore.current().constrained(prefix() + ".loc");
    NDArray scale = ParamStore.current().constrained(prefix() + ".scale");
    return constrainedOf(new Normal(loc, scale).sample(new Shape(numSamples)));
  }
}
