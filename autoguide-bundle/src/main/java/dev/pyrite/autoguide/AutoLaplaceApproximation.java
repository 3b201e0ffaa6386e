package dev.pyrite.autoguide;

import static dev.pyrite.Pyrite.param;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.TensorOps;
import dev.pyrite.autoguide.internal.DenseMatrices;
import dev.pyrite.distributions.Delta;
import dev.pyrite.handlers.BlockHandler;
import dev.pyrite.handlers.Handlers;
import dev.pyrite.handlers.Trace;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Model;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pyro's {@code AutoLaplaceApproximation}: fitted like a MAP guide over the flat unconstrained
 * latent vector (its posterior is {@code Delta(loc)}, param {@code AutoLaplaceApproximation.loc}),
 * then {@link #laplaceApproximation} returns an {@link AutoMultivariateNormal} centred at the MAP
 * whose covariance is the inverse Hessian of the negative unconstrained log density there.
 *
 * <p>The Hessian is central differences of the autodiff gradient, column by column ({@code 2 D}
 * gradient evaluations), symmetrised: DJL's {@code GradientCollector} offers no {@code
 * create_graph}, so second-order autodiff is not available on every engine.
 *
 * <pre>{@code
 * AutoLaplaceApproximation<NDArray> guide = new AutoLaplaceApproximation<>(model);
 * // ... SVI steps with guide ...
 * AutoMultivariateNormal<NDArray> laplace = guide.laplaceApproximation(x);
 * Map<String, NDArray> draws = laplace.samplePosterior(x, 1000);
 * }</pre>
 *
 * @param <A> the model's argument type
 */
public final class AutoLaplaceApproximation<A> extends AutoContinuous<A> {
  /**
   * With default options (init to median).
   *
   * @param model the model
   */
  public AutoLaplaceApproximation(Model<A> model) {
    this(model, AutoGuideOptions.defaults());
  }

  /**
   * With options; {@code initScale} is unused.
   *
   * @param model the model
   * @param options the init strategy
   */
  public AutoLaplaceApproximation(Model<A> model, AutoGuideOptions options) {
    super(model, options, "AutoLaplaceApproximation");
  }

  /** {@code Delta(loc)} over the flat vector. */
  @Override
  protected Distribution posterior() {
    return new Delta(loc(), null, 1);
  }

  private NDArray loc() {
    return param(prefix() + ".loc", this::initialLoc, null, 1);
  }

  @Override
  protected NDArray marginalLoc() {
    return loc();
  }

  @Override
  protected NDArray marginalScale() {
    return loc().zerosLike();
  }

  /**
   * The Laplace approximation at the current MAP: an {@link AutoMultivariateNormal} (param prefix
   * {@code AutoLaplaceApproximation.laplace}) with {@code loc} the MAP and {@code scale_tril} the
   * Cholesky factor of the inverse Hessian of {@code -log p(x, T(u)) - log|det J_T(u)|} at it. Each
   * call overwrites those params with the current MAP.
   *
   * @param args the model's argument
   * @return the Gaussian guide
   * @throws IllegalArgumentException when the Hessian is not positive definite
   */
  public AutoMultivariateNormal<A> laplaceApproximation(A args) {
    ensureSetup(args);
    NDArray map = loc().stopGradient();
    double[][] cov = DenseMatrices.inverseSpd(hessian(args, map), getClass().getSimpleName());
    double[][] l = DenseMatrices.cholesky(cov, getClass().getSimpleName());
    AutoMultivariateNormal<A> out =
        new AutoMultivariateNormal<>(model(), options(), prefix() + ".laplace");
    out.ensureSetup(args);
    out.assign(map, l);
    return out;
  }

  /**
   * The Hessian of the potential at {@code u}.
   *
   * @param args the model's argument
   * @param u the point, a vector of length D
   * @return the symmetrised D x D Hessian
   */
  double[][] hessian(A args, NDArray u) {
    int d = (int) u.size();
    double[] base = toDoubles(u);
    double[][] h = new double[d][d];
    for (int j = 0; j < d; j++) {
      double step = 1e-2 * Math.max(1, Math.abs(base[j]));
      double[] plus = gradient(args, shifted(base, j, step));
      double[] minus = gradient(args, shifted(base, j, -step));
      for (int i = 0; i < d; i++) {
        h[i][j] = (plus[i] - minus[i]) / (2 * step);
      }
    }
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < i; j++) {
        double s = 0.5 * (h[i][j] + h[j][i]);
        h[i][j] = s;
        h[j][i] = s;
      }
    }
    return h;
  }

  private static double[] shifted(double[] base, int j, double step) {
    double[] x = base.clone();
    x[j] += step;
    return x;
  }

  private double[] gradient(A args, double[] point) {
    try (Scope scope = Scope.open()) {
      NDArray x = Backend.manager().create(point).toType(Backend.dtype(), false);
      x.setRequiresGradient(true);
      try (GradientCollector gc = Backend.newGradientCollector()) {
        gc.backward(potential(args, x));
      }
      return toDoubles(x.getGradient());
    }
  }

  /**
   * {@code -log p(x, T(u)) - log|det J_T(u)|}: the negative log density of the model in
   * unconstrained coordinates.
   */
  private NDArray potential(A args, NDArray flat) {
    Map<String, NDArray> values = new LinkedHashMap<>();
    NDArray ladj = null;
    Map<String, NDArray> unconstrained = unpackUnconstrained(flat);
    for (LatentSite site : latentSites()) {
      NDArray u = unconstrained.get(site.name());
      NDArray v = site.transform().forward(u);
      NDArray term =
          TensorOps.sumRightmost(site.transform().logAbsDetJacobian(u, v), site.eventDim()).sum();
      ladj = ladj == null ? term : ladj.add(term);
      values.put(site.name(), v);
    }
    Trace trace;
    try (BlockHandler b = BlockHandler.all().install()) {
      trace = Handlers.trace(Handlers.condition(model(), values), args);
    }
    return trace.logProbSum().add(ladj).neg();
  }

  private static double[] toDoubles(NDArray a) {
    return a.toType(DataType.FLOAT64, false).toDoubleArray();
  }
}
