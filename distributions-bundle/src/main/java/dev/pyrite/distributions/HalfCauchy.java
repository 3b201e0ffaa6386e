package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The half-Cauchy distribution: {@code |X|} for {@code X ~ Cauchy(0, scale)}, density {@code 2 /
 * (pi scale (1 + (x / scale)^2))} on {@code x >= 0}. Its mean and variance are infinite.
 *
 * <pre>{@code
 * NDArray tau = sample("tau", new HalfCauchy(5));
 * }</pre>
 */
public final class HalfCauchy extends AbstractDistribution {
  private final NDArray scale;

  /**
   * A half-Cauchy with a scalar scale.
   *
   * @param scale the scale, positive
   */
  public HalfCauchy(double scale) {
    this(Distributions.scalar(scale, null));
  }

  /**
   * A half-Cauchy with an array scale.
   *
   * @param scale the scale, positive
   */
  public HalfCauchy(NDArray scale) {
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
    NDArray u = Draws.uniform(scale, shape(sampleShape));
    return u.mul(Math.PI / 2).tan().mul(scale);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray z = value.div(scale);
    NDArray lp = TensorOps.log1p(z.square()).neg().sub(scale.log()).add(Math.log(2 / Math.PI));
    return Ops.where(value.gte(0), lp, Double.NEGATIVE_INFINITY);
  }

  @Override
  public Constraint support() {
    return Constraints.nonnegative();
  }

  @Override
  public NDArray mean() {
    return Ops.full(scale, batchShape(), Double.POSITIVE_INFINITY);
  }

  @Override
  public NDArray variance() {
    return Ops.full(scale, batchShape(), Double.POSITIVE_INFINITY);
  }

  @Override
  public NDArray entropy() {
    return scale.log().add(Math.log(2 * Math.PI)).broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return value.div(scale).atan().mul(2 / Math.PI);
  }

  @Override
  public NDArray icdf(NDArray q) {
    return q.mul(Math.PI / 2).tan().mul(scale);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new HalfCauchy(scale.broadcast(checkExpand(batchShape)));
  }
}
