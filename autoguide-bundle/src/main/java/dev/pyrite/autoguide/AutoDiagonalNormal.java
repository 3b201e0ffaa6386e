package dev.pyrite.autoguide;

import static dev.pyrite.Pyrite.param;

import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Delta;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Model;

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
public final class AutoDiagonalNormal<A> extends AutoContinuous<A> {
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

  /** {@code Normal(loc, scale).toEvent(1)}. */
  @Override
  protected Distribution posterior() {
    return new Normal(loc(), scale()).toEvent(1);
  }

  private NDArray loc() {
    return param(prefix() + ".loc", this::initialLoc, null, 1);
  }

  private NDArray scale() {
    return param(
        prefix() + ".scale",
        () -> initialLoc().onesLike().mul(options().initScale()),
        Constraints.positive(),
        1);
  }

  @Override
  protected NDArray marginalLoc() {
    return loc();
  }

  @Override
  protected NDArray marginalScale() {
    return scale();
  }
}
