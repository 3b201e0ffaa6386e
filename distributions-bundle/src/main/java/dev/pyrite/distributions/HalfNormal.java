package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The half-normal distribution: {@code |X|} for {@code X ~ Normal(0, scale)}, density {@code sqrt(2
 * / pi) / scale * exp(-x^2 / (2 scale^2))} on {@code x >= 0}.
 *
 * <pre>{@code
 * NDArray tau = sample("tau", new HalfNormal(1));
 * }</pre>
 */
public final class HalfNormal extends AbstractDistribution {
  private static final double LOG_2 = Math.log(2);
  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
  private final NDArray scale;

  /**
   * A half-normal with a scalar scale.
   *
   * @param scale the scale of the underlying normal, positive
   */
  public HalfNormal(double scale) {
    this(Distributions.scalar(scale, null));
  }

  /**
   * A half-normal with an array scale.
   *
   * @param scale the scale of the underlying normal, positive
   */
  public HalfNormal(NDArray scale) {
    super(scale.getShape(), new Shape());
    this.scale = validate("scale", scale, Constraints.positive());
  }

  /**
   * The scale parameter.
   *
   * @return scale
   */
  public NDArray scale() {
    return scale;
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    return Draws.normal(scale, shape(sampleShape)).abs().mul(scale);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray z = value.div(scale);
    NDArray lp = z.square().mul(-0.5).sub(scale.log()).sub(HALF_LOG_2PI - LOG_2);
    return Ops.where(value.gte(0), lp, Double.NEGATIVE_INFINITY);
  }

  @Override
  public Constraint support() {
    return Constraints.nonnegative();
  }

  @Override
  public NDArray mean() {
    return scale.mul(Math.sqrt(2 / Math.PI)).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    return scale.square().mul(1 - 2 / Math.PI).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return scale.log().add(0.5 * Math.log(Math.PI / 2) + 0.5).broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return value.div(scale.mul(Math.sqrt(2))).erf();
  }

  @Override
  public NDArray icdf(NDArray q) {
    return q.erfinv().mul(scale).mul(Math.sqrt(2));
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new HalfNormal(scale.broadcast(checkExpand(batchShape)));
  }
}
