package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.spi.Constraint;

/**
 * The Cauchy distribution, density {@code 1 / (pi scale (1 + ((x - loc) / scale)^2))}. As in torch
 * its mean is NaN and its variance infinite.
 *
 * <pre>{@code
 * NDArray x = sample("x", new Cauchy(0, 1));
 * }</pre>
 */
public final class Cauchy extends LocScaleDistribution {

  /**
   * A Cauchy with scalar parameters.
   *
   * @param loc the median
   * @param scale the half width at half maximum, positive
   */
  public Cauchy(double loc, double scale) {
    this(Distributions.scalar(loc, null), Distributions.scalar(scale, null));
  }

  /**
   * A Cauchy with array parameters, broadcast together.
   *
   * @param loc the median
   * @param scale the half width at half maximum, positive
   */
  public Cauchy(NDArray loc, NDArray scale) {
    super("Cauchy", loc, scale);
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    return icdf(Draws.uniform(loc, shape(sampleShape)));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray z = value.sub(loc).div(scale);
    return TensorOps.log1p(z.square()).neg().sub(scale.log()).sub(Math.log(Math.PI));
  }

  @Override
  public Constraint support() {
    return Constraints.real();
  }

  @Override
  public NDArray mean() {
    return Ops.full(loc, batchShape(), Double.NaN);
  }

  @Override
  public NDArray variance() {
    return Ops.full(loc, batchShape(), Double.POSITIVE_INFINITY);
  }

  @Override
  public NDArray entropy() {
    return scale.log().add(Math.log(4 * Math.PI)).broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return value.sub(loc).div(scale).atan().div(Math.PI).add(0.5);
  }

  @Override
  public NDArray icdf(NDArray q) {
    return q.sub(0.5).mul(Math.PI).tan().mul(scale).add(loc);
  }

  @Override
  public Cauchy withLocScale(NDArray loc, NDArray scale) {
    return new Cauchy(loc, scale);
  }
}
