package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.spi.Constraint;

/**
 * The Laplace (double exponential) distribution, density {@code exp(-|x - loc| / scale) / (2
 * scale)}.
 *
 * <pre>{@code
 * NDArray w = sample("w", new Laplace(0, 0.1));
 * }</pre>
 */
public final class Laplace extends LocScaleDistribution {

  /**
   * A Laplace with scalar parameters.
   *
   * @param loc the median
   * @param scale the scale, positive
   */
  public Laplace(double loc, double scale) {
    this(Distributions.scalar(loc, null), Distributions.scalar(scale, null));
  }

  /**
   * A Laplace with array parameters, broadcast together.
   *
   * @param loc the median
   * @param scale the scale, positive
   */
  public Laplace(NDArray loc, NDArray scale) {
    super("Laplace", loc, scale);
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
    return value.sub(loc).abs().div(scale).neg().sub(scale.mul(2).log());
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
    return scale.square().mul(2).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return scale.mul(2).log().add(1).broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    NDArray d = value.sub(loc);
    return d.sign().mul(TensorOps.expm1(d.abs().div(scale).neg())).mul(-0.5).add(0.5);
  }

  @Override
  public NDArray icdf(NDArray q) {
    NDArray t = q.sub(0.5);
    return t.sign().mul(TensorOps.log1p(t.abs().mul(-2))).mul(scale).neg().add(loc);
  }

  @Override
  public Laplace withLocScale(NDArray loc, NDArray scale) {
    return new Laplace(loc, scale);
  }
}
