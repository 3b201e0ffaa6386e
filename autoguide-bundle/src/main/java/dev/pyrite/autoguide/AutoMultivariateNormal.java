package dev.pyrite.autoguide;

import static dev.pyrite.Pyrite.param;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Bijections;
import dev.pyrite.ParamStore;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.MultivariateNormal;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Model;

/**
 * A full-covariance normal over all latent sites flattened into one unconstrained vector of length
 * D, Pyro's {@code AutoMultivariateNormal}: params {@code AutoMultivariateNormal.loc} (D), {@code
 * .scale} (D, positive, initially {@code initScale}) and {@code .scale_tril} (D x D, of which only
 * the strictly lower triangle is used, initially zero); the posterior's Cholesky factor is {@code
 * diag(scale) (I + tril(scale_tril, -1))}.
 *
 * <pre>{@code
 * AutoMultivariateNormal<NDArray> guide = new AutoMultivariateNormal<>(model);
 * MultivariateNormal q = (MultivariateNormal) guide.getPosterior(x);
 * }</pre>
 *
 * @param <A> the model's argument type
 */
public final class AutoMultivariateNormal<A> extends AutoContinuous<A> {
  /**
   * With default options (init to median, init scale 0.1).
   *
   * @param model the model
   */
  public AutoMultivariateNormal(Model<A> model) {
    this(model, AutoGuideOptions.defaults());
  }

  /**
   * With options.
   *
   * @param model the model
   * @param options init strategy and init scale
   */
  public AutoMultivariateNormal(Model<A> model, AutoGuideOptions options) {
    this(model, options, "AutoMultivariateNormal");
  }

  /**
   * With options and a param-name prefix (e.g. for the guide that {@link
   * AutoLaplaceApproximation#laplaceApproximation} returns).
   *
   * @param model the model
   * @param options init strategy and init scale
   * @param prefix the param-name prefix
   */
  AutoMultivariateNormal(Model<A> model, AutoGuideOptions options, String prefix) {
    super(model, options, prefix);
  }

  /** {@code MultivariateNormal(loc, diag(scale) unitLowerTriangular)}. */
  @Override
  protected Distribution posterior() {
    NDArray loc = param(prefix() + ".loc", this::initialLoc, null, 1);
    return new MultivariateNormal(loc, scaleTril());
  }

  /**
   * The posterior's lower Cholesky factor.
   *
   * @return a D x D lower-triangular matrix with positive diagonal
   */
  NDArray scaleTril() {
    NDArray scale =
        param(
            prefix() + ".scale",
            () -> initialLoc().onesLike().mul(options().initScale()),
            Constraints.positive(),
            1);
    NDArray raw =
        param(
            prefix() + ".scale_tril",
            () -> {
              NDArray init = initialLoc();
              int d = (int) init.size();
              return init.getManager().zeros(new Shape(d, d), init.getDataType());
            },
            null,
            2);
    int d = (int) raw.getShape().get(0);
    NDArray eye = raw.getManager().eye(d).toType(raw.getDataType(), false);
    return TensorOps.tril(raw, -1).add(eye).mul(scale.expandDims(-1));
  }

  /**
   * Sets this guide's params to a given mean and Cholesky factor (creating or overwriting them).
   *
   * @param loc the mean, a vector of length D
   * @param scaleTril a D x D lower-triangular matrix with positive diagonal
   */
  void assign(NDArray loc, double[][] scaleTril) {
    int d = scaleTril.length;
    double[] scale = new double[d];
    double[] raw = new double[d * d];
    for (int i = 0; i < d; i++) {
      scale[i] = scaleTril[i][i];
      for (int j = 0; j < i; j++) {
        raw[i * d + j] = scaleTril[i][j] / scale[i];
      }
    }
    NDManager m = loc.getManager();
    DataType t = loc.getDataType();
    set(prefix() + ".loc", loc, null, 1);
    set(prefix() + ".scale", m.create(scale).toType(t, false), Constraints.positive(), 1);
    set(prefix() + ".scale_tril", m.create(raw, new Shape(d, d)).toType(t, false), null, 2);
  }

  private static void set(String name, NDArray value, Constraint constraint, int eventDim) {
    ParamStore store = ParamStore.current();
    if (!store.contains(name)) {
      store.get(name, () -> value, constraint, eventDim);
      return;
    }
    NDArray u = constraint == null ? value : Bijections.bijectTo(constraint).inverse(value);
    NDArray stored = store.unconstrained(name);
    stored.set(u.toType(stored.getDataType(), false).toByteBuffer());
  }
}
