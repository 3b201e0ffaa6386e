package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.spi.Constraint;

/**
 * The logistic distribution, density {@code exp(-z) / (scale (1 + exp(-z))^2)} with {@code z = (x -
 * loc) / scale}; its cdf is the sigmoid.
 *
 * <pre>{@code
 * NDArray u = sample("u", new Logistic(0, 1));
 * }</pre>
 */
public final class Logistic extends LocScaleDistribution {

  /**
   * A logistic with scalar parameters.
   *
   * @param loc the mean
   * @param scale the scale, positive
   */
  public Logistic(double loc, double scale) {
    this(Distributions.scalar(loc, null), Distributions.scalar(scale, null));
  }

  /**
   * A logistic with array parameters, broadcast together.
   *
   * @param loc the mean
   * @param scale the scale, positive
   */
  public Logistic(NDArray loc, NDArray scale) {
    super("Logistic", loc, scale);
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
    return z.add(TensorOps.softplus(z.neg()).mul(2)).add(scale.log()).neg();
  }

  @Override
  public Constraint support() {
    return Constraints.real();
  }

  @Override
  public NDArray mean() {
    return loc.broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    return scale.square().mul(Math.PI * Math.PI / 3).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return scale.log().add(2).broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return TensorOps.sigmoid(value.sub(loc).div(scale));
  }

  @Override
  public NDArray icdf(NDArray q) {
    return TensorOps.logit(q).mul(scale).add(loc);
  }

  @Override
  public Logistic withLocScale(NDArray loc, NDArray scale) {
    return new Logistic(loc, scale);
  }
}
