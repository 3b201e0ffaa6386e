package dev.pyrite.autoguide;

import static dev.pyrite.Pyrite.param;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.LowRankMultivariateNormal;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Model;

/**
 * A low-rank-plus-diagonal normal over all latent sites flattened into one unconstrained vector of
 * length D, Pyro's {@code AutoLowRankMultivariateNormal}: params {@code .loc} (D), {@code
 * .cov_factor} (D x rank, initially N(0, 1/rank) entries) and {@code .scale} (D, positive,
 * initially {@code sqrt(1/2) initScale}); the posterior is {@code LowRankMultivariateNormal(loc,
 * cov_factor * scale[:, None], scale^2)}, so its initial variances are about {@code initScale^2}.
 *
 * <pre>{@code
 * AutoLowRankMultivariateNormal<NDArray> guide =
 *     new AutoLowRankMultivariateNormal<>(model, AutoGuideOptions.defaults(), 10);
 * }</pre>
 *
 * @param <A> the model's argument type
 */
public final class AutoLowRankMultivariateNormal<A> extends AutoContinuous<A> {
  private final Integer rank;

  /**
   * With default options and rank {@code ceil(sqrt(D))}.
   *
   * @param model the model
   */
  public AutoLowRankMultivariateNormal(Model<A> model) {
    this(model, AutoGuideOptions.defaults());
  }

  /**
   * With options and rank {@code ceil(sqrt(D))}.
   *
   * @param model the model
   * @param options init strategy and init scale
   */
  public AutoLowRankMultivariateNormal(Model<A> model, AutoGuideOptions options) {
    super(model, options, "AutoLowRankMultivariateNormal");
    this.rank = null;
  }

  /**
   * With options and an explicit rank.
   *
   * @param model the model
   * @param options init strategy and init scale
   * @param rank the rank of the covariance factor, at least 1
   */
  public AutoLowRankMultivariateNormal(Model<A> model, AutoGuideOptions options, int rank) {
    super(model, options, "AutoLowRankMultivariateNormal");
    if (rank < 1) {
      throw new IllegalArgumentException(
          "AutoLowRankMultivariateNormal: rank must be at least 1, got "
              + rank
              + "; omit it for the default ceil(sqrt(D))");
    }
    this.rank = rank;
  }

  /**
   * The rank in use.
   *
   * @param args the model's argument (used to build the guide on first call)
   * @return the given rank, or {@code ceil(sqrt(D))}
   */
  public int rank(A args) {
    ensureSetup(args);
    return rank();
  }

  private int rank() {
    return rank != null ? rank : (int) Math.ceil(Math.sqrt(latentDim()));
  }

  /** {@code LowRankMultivariateNormal(loc, cov_factor * scale[:, None], scale^2)}. */
  @Override
  protected Distribution posterior() {
    NDArray loc = param(prefix() + ".loc", this::initialLoc, null, 1);
    NDArray factor =
        param(
            prefix() + ".cov_factor",
            () -> {
              NDArray init = initialLoc();
              int r = rank();
              return init.getManager()
                  .randomNormal(
                      0, (float) (1 / Math.sqrt(r)), new Shape(init.size(), r), init.getDataType());
            },
            null,
            2);
    NDArray scale =
        param(
            prefix() + ".scale",
            () -> initialLoc().onesLike().mul(Math.sqrt(0.5) * options().initScale()),
            Constraints.positive(),
            1);
    return new LowRankMultivariateNormal(loc, factor.mul(scale.expandDims(-1)), scale.square());
  }
}
