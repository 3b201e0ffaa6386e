package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.spi.Constraint;

/**
 * The Gumbel (type-I extreme value) distribution, density {@code exp(-(z + exp(-z))) / scale} with
 * {@code z = (x - loc) / scale}.
 *
 * <pre>{@code
 * NDArray g = sample("g", new Gumbel(0, 1));
 * }</pre>
 */
public final class Gumbel extends LocScaleDistribution {
  private static final double EULER = 0.57721566490153286061;

  /**
   * A Gumbel with scalar parameters.
   *
   * @param loc the mode
   * @param scale the scale, positive
   */
  public Gumbel(double loc, double scale) {
    this(Distributions.scalar(loc, null), Distributions.scalar(scale, null));
  }

  /**
   * A Gumbel with array parameters, broadcast together.
   *
   * @param loc the mode
   * @param scale the scale, positive
   */
  public Gumbel(NDArray loc, NDArray scale) {
    super("Gumbel", loc, scale);
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
    return z.add(z.neg().exp()).add(scale.log()).neg();
  }

  @Override
  public Constraint support() {
    return Constraints.real();
  }

  @Override
  public NDArray mean() {
    return scale.mul(EULER).add(loc).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    return scale.square().mul(Math.PI * Math.PI / 6).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return scale.log().add(1 + EULER).broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return value.sub(loc).div(scale).neg().exp().neg().exp();
  }

  @Override
  public NDArray icdf(NDArray q) {
    return q.log().neg().log().mul(scale).neg().add(loc);
  }

  @Override
  public Gumbel withLocScale(NDArray loc, NDArray scale) {
    return new Gumbel(loc, scale);
  }
}
