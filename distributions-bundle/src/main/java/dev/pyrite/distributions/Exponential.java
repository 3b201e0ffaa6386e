package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The exponential distribution, density {@code rate * exp(-rate x)} on {@code x >= 0}.
 *
 * <pre>{@code
 * NDArray wait = sample("wait", new Exponential(2));
 * }</pre>
 */
public final class Exponential extends AbstractDistribution {
  private final NDArray rate;

  /**
   * An exponential with a scalar rate.
   *
   * @param rate the rate, positive
   */
  public Exponential(double rate) {
    this(Distributions.scalar(rate, null));
  }

  /**
   * An exponential with an array rate.
   *
   * @param rate the rate, positive
   */
  public Exponential(NDArray rate) {
    super(rate.getShape(), new Shape());
    this.rate = validate("rate", rate, Constraints.positive());
  }

  /**
   * The rate parameter.
   *
   * @return rate
   */
  public NDArray rate() {
    return rate;
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    return Draws.exponential(rate, shape(sampleShape)).div(rate);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    return rate.log().sub(rate.mul(value));
  }

  @Override
  public Constraint support() {
    return Constraints.nonnegative();
  }

  @Override
  public NDArray mean() {
    return rate.pow(-1).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    return rate.pow(-2).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return rate.log().neg().add(1).broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return TensorOps.expm1(rate.mul(value).neg()).neg();
  }

  @Override
  public NDArray icdf(NDArray q) {
    return TensorOps.log1p(q.neg()).neg().div(rate);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new Exponential(rate.broadcast(checkExpand(batchShape)));
  }
}
