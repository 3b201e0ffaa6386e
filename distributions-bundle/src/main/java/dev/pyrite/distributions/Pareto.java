package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.GreaterThanEq;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The Pareto distribution with {@code scale} (the minimum) and tail index {@code alpha}, density
 * {@code alpha scale^alpha / x^(alpha+1)} on {@code x >= scale}. The mean is infinite for {@code
 * alpha <= 1}, the variance for {@code alpha <= 2}, as in torch.
 *
 * <pre>{@code
 * NDArray wealth = sample("wealth", new Pareto(1, 3));
 * }</pre>
 */
public final class Pareto extends AbstractDistribution {
  private final NDArray scale;
  private final NDArray alpha;

  /**
   * A Pareto with scalar parameters.
   *
   * @param scale the minimum, positive
   * @param alpha the tail index, positive
   */
  public Pareto(double scale, double alpha) {
    this(Distributions.scalar(scale, null), Distributions.scalar(alpha, null));
  }

  /**
   * A Pareto with array parameters, broadcast together.
   *
   * @param scale the minimum, positive
   * @param alpha the tail index, positive
   */
  public Pareto(NDArray scale, NDArray alpha) {
    super(Distributions.broadcastShapes("Pareto", scale.getShape(), alpha.getShape()), new Shape());
    this.scale = validate("scale", scale, Constraints.positive());
    this.alpha = validate("alpha", alpha, Constraints.positive());
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    return Draws.exponential(scale, shape(sampleShape)).div(alpha).exp().mul(scale);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    return alpha.log().add(alpha.mul(scale.log())).sub(alpha.add(1).mul(value.log()));
  }

  @Override
  public Constraint support() {
    return new GreaterThanEq(scale.broadcast(batchShape()));
  }

  @Override
  public NDArray mean() {
    NDArray a = alpha.maximum(Distributions.scalar(1, alpha));
    return a.mul(scale).div(a.sub(1)).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    NDArray a = alpha.maximum(Distributions.scalar(2, alpha));
    return scale.square().mul(a).div(a.sub(1).square().mul(a.sub(2))).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return scale.div(alpha).log().add(alpha.pow(-1)).add(1).broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return scale.div(value).pow(alpha).neg().add(1);
  }

  @Override
  public NDArray icdf(NDArray q) {
    return q.neg().add(1).pow(alpha.pow(-1).neg()).mul(scale);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new Pareto(scale.broadcast(b), alpha.broadcast(b));
  }
}
