package dev.pyrite.autoguide;

import static dev.pyrite.Pyrite.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.Delta;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Model;
import dev.pyrite.spi.PlateFrame;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The base of autoguides over all latent sites flattened into one unconstrained vector of length D,
 * Pyro's {@code AutoContinuous}: a subclass gives the distribution over the vector ({@link
 * #posterior()}); the guide draws the auxiliary site {@code _<prefix>_latent} from it and emits
 * each model site as a {@link Delta} at its transformed slice, carrying the log-Jacobian.
 *
 * <pre>{@code
 * AutoMultivariateNormal<NDArray> guide = new AutoMultivariateNormal<>(model);
 * Distribution q = guide.getPosterior(x); // over the unconstrained vector
 * }</pre>
 *
 * @param <A> the model's argument type
 */
public abstract class AutoContinuous<A> extends AutoGuideBase<A> {
  /**
   * Creates the guide.
   *
   * @param model the model
   * @param options the options
   * @param prefix the param-name prefix
   */
  protected AutoContinuous(Model<A> model, AutoGuideOptions options, String prefix) {
    super(model, options, prefix);
  }

  /**
   * The distribution over the flat unconstrained latent vector, built from this guide's params
   * (registering them on first use).
   *
   * @return a distribution with event shape {@code (D)}
   */
  protected abstract Distribution posterior();

  @Override
  protected final void sampleLatents(A args) {
    checkNotSubsampled();
    NDArray latent = sample("_" + prefix() + "_latent", posterior());
    emit(latent);
  }

  /**
   * The approximate posterior over the flat unconstrained latent vector (Pyro's {@code
   * get_posterior}); {@link #unpack} maps a vector back onto the sites.
   *
   * @param args the model's argument (used to build the guide on first call)
   * @return a distribution with event shape {@code (D)}
   */
  public final Distribution getPosterior(A args) {
    ensureSetup(args);
    checkNotSubsampled();
    return posterior();
  }

  /**
   * The length D of the flat unconstrained vector.
   *
   * @param args the model's argument
   * @return D
   */
  public final long latentDim(A args) {
    ensureSetup(args);
    return latentDim();
  }

  /**
   * D after setup.
   *
   * @return the total unconstrained size of all latent sites
   */
  protected final long latentDim() {
    long d = 0;
    for (LatentSite site : latentSites()) {
      d += site.size();
    }
    return d;
  }

  /**
   * The sites' initial unconstrained values, flattened and concatenated.
   *
   * @return a vector of length D
   */
  protected final NDArray initialLoc() {
    NDList parts = new NDList();
    for (LatentSite site : latentSites()) {
      parts.add(site.unconstrainedInit().reshape(-1));
    }
    return parts.size() == 1 ? parts.get(0) : NDArrays.concat(parts);
  }

  /**
   * Splits flat unconstrained vectors into the sites' constrained values (Pyro's {@code
   * _unpack_latent} followed by the transforms).
   *
   * @param flat vectors of shape {@code batch + (D)}
   * @return site name to values of shape {@code batch + site shape}
   */
  public final Map<String, NDArray> unpack(NDArray flat) {
    Map<String, NDArray> out = new LinkedHashMap<>();
    long start = 0;
    for (LatentSite site : latentSites()) {
      out.put(site.name(), site.transform().forward(slice(flat, site, start)));
      start += site.size();
    }
    return out;
  }

  /**
   * Splits flat unconstrained vectors into the sites' unconstrained values.
   *
   * @param flat vectors of shape {@code batch + (D)}
   * @return site name to unconstrained values of shape {@code batch + unconstrained site shape}
   */
  protected final Map<String, NDArray> unpackUnconstrained(NDArray flat) {
    Map<String, NDArray> out = new LinkedHashMap<>();
    long start = 0;
    for (LatentSite site : latentSites()) {
      out.put(site.name(), slice(flat, site, start));
      start += site.size();
    }
    return out;
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

  private void checkNotSubsampled() {
    for (LatentSite site : latentSites()) {
      for (PlateFrame f : site.plates()) {
        if (f.subsampleSize() < f.size()) {
          throw new IllegalArgumentException(
              getClass().getSimpleName()
                  + " cannot guide site \""
                  + site.name()
                  + "\" inside plate \""
                  + f.name()
                  + "\" that subsamples ("
                  + f.subsampleSize()
                  + " of "
                  + f.size()
                  + "): a guide over one flat vector needs every row each step; use AutoNormal"
                  + " or AutoDelta for latents local to a subsampled plate");
        }
      }
    }
  }

  /**
   * The marginal location of each unconstrained coordinate, for {@link #median} and {@link
   * #quantiles}; the posterior mean unless a subclass knows better.
   *
   * @return a vector of length D
   */
  protected NDArray marginalLoc() {
    return posterior().mean();
  }

  /**
   * The marginal standard deviation of each unconstrained coordinate, for {@link #quantiles}.
   *
   * @return a vector of length D
   */
  protected NDArray marginalScale() {
    return posterior().variance().sqrt();
  }

  @Override
  public Map<String, NDArray> median(A args) {
    ensureSetup(args);
    return unpack(marginalLoc().stopGradient());
  }

  @Override
  public Map<String, NDArray> quantiles(A args, double... probs) {
    ensureSetup(args);
    NDArray loc = marginalLoc().stopGradient();
    NDArray scale = marginalScale().stopGradient();
    NDArray q =
        loc.getManager().create(probs).toType(loc.getDataType(), false).reshape(probs.length, 1);
    NDArray z = new Normal(q.zerosLike(), q.onesLike()).icdf(q);
    return unpack(loc.expandDims(0).add(z.mul(scale.expandDims(0))));
  }

  @Override
  public Map<String, NDArray> samplePosterior(A args, int numSamples) {
    ensureSetup(args);
    return unpack(getPosterior(args).sample(new Shape(numSamples)).stopGradient());
  }
}
