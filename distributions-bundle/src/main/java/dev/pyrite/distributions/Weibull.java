package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The Weibull distribution with {@code scale} (lambda) and {@code concentration} (k), density
 * {@code (k / lambda) (x / lambda)^(k-1) exp(-(x / lambda)^k)} on {@code x > 0}. Note torch's
 * argument order: scale first.
 *
 * <pre>{@code
 * NDArray life = sample("life", new Weibull(2.0, 1.5));
 * }</pre>
 */
public final class Weibull extends AbstractDistribution {
  private static final double EULER = 0.57721566490153286061;
  private final NDArray scale;
  private final NDArray concentration;

  /**
   * A Weibull with scalar parameters.
   *
   * @param scale the scale lambda, positive
   * @param concentration the shape k, positive
   */
  public Weibull(double scale, double concentration) {
    this(Distributions.scalar(scale, null), Distributions.scalar(concentration, null));
  }

  /**
   * A Weibull with array parameters, broadcast together.
   *
   * @param scale the scale lambda, positive
   * @param concentration the shape k, positive
   */
  public Weibull(NDArray scale, NDArray concentration) {
    super(
        Distributions.broadcastShapes("Weibull", scale.getShape(), concentration.getShape()),
        new Shape());
    this.scale = validate("scale", scale, Constraints.positive());
    this.concentration = validate("concentration", concentration, Constraints.positive());
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    NDArray e = Draws.exponential(scale, shape(sampleShape));
    return e.log().div(concentration).exp().mul(scale);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray logZ = value.div(scale).log();
    return concentration
        .div(scale)
        .log()
        .add(concentration.sub(1).mul(logZ))
        .sub(logZ.mul(concentration).exp());
  }

  @Override
  public Constraint support() {
    return Constraints.positive();
  }

  @Override
  public NDArray mean() {
    return scale.mul(concentration.pow(-1).add(1).gammaln().exp()).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    NDArray m1 = concentration.pow(-1).add(1).gammaln().exp();
    NDArray m2 = concentration.pow(-1).mul(2).add(1).gammaln().exp();
    return scale.square().mul(m2.sub(m1.square())).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return concentration
        .pow(-1)
        .neg()
        .add(1)
        .mul(EULER)
        .add(scale.div(concentration).log())
        .add(1)
        .broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return TensorOps.expm1(value.div(scale).pow(concentration).neg()).neg();
  }

  @Override
  public NDArray icdf(NDArray q) {
    return TensorOps.log1p(q.neg()).neg().pow(concentration.pow(-1)).mul(scale);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new Weibull(scale.broadcast(b), concentration.broadcast(b));
  }
}
