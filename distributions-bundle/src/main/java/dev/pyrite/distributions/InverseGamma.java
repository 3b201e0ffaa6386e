package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Elementwise;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.distributions.internal.SpecialFunctions;
import dev.pyrite.distributions.internal.StandardGamma;
import dev.pyrite.distributions.transforms.Precision;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The inverse-gamma distribution: {@code 1 / X} for {@code X ~ Gamma(concentration, rate)}, density
 * {@code b^a x^(-a-1) e^(-b / x) / Gamma(a)} on {@code x > 0}. Its mean is infinite for {@code a <=
 * 1} and its variance for {@code a <= 2}. Reparameterised through the implicit gamma draw; {@code
 * cdf}/{@code icdf} are the regularised upper incomplete gamma function and its inverse, without
 * gradients.
 *
 * <pre>{@code
 * NDArray sigma2 = sample("sigma2", new InverseGamma(3, 2));
 * }</pre>
 */
public final class InverseGamma extends AbstractDistribution {
  private final NDArray concentration;
  private final NDArray rate;

  /**
   * An inverse-gamma with scalar parameters.
   *
   * @param concentration the shape {@code a}, positive
   * @param rate the scale {@code b} (the rate of the underlying gamma), positive
   */
  public InverseGamma(double concentration, double rate) {
    this(Distributions.scalar(concentration, null), Distributions.scalar(rate, null));
  }

  /**
   * An inverse-gamma with array parameters, broadcast together.
   *
   * @param concentration the shape {@code a}, positive
   * @param rate the scale {@code b} (the rate of the underlying gamma), positive
   */
  public InverseGamma(NDArray concentration, NDArray rate) {
    super(
        Distributions.broadcastShapes("InverseGamma", concentration.getShape(), rate.getShape()),
        new Shape());
    this.concentration = validate("concentration", concentration, Constraints.positive());
    this.rate = validate("rate", rate, Constraints.positive());
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    NDArray g = StandardGamma.rsample(concentration, shape(sampleShape));
    return rate.div(Precision.atLeast(g, Precision.tiny(g)));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray a = concentration;
    return a.mul(rate.log()).sub(a.gammaln()).sub(a.add(1).mul(value.log())).sub(rate.div(value));
  }

  @Override
  public Constraint support() {
    return Constraints.positive();
  }

  @Override
  public NDArray mean() {
    NDArray a = concentration;
    NDArray m = rate.div(a.sub(1));
    return Ops.where(a.gt(1), m, Double.POSITIVE_INFINITY).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    NDArray a = concentration;
    NDArray v = rate.square().div(a.sub(1).square().mul(a.sub(2)));
    return Ops.where(a.gt(2), v, Double.POSITIVE_INFINITY).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    NDArray a = concentration;
    return a.add(rate.log())
        .add(a.gammaln())
        .sub(a.add(1).mul(TensorOps.digamma(a)))
        .broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return Elementwise.map(
        v -> SpecialFunctions.gammaQ(v[1], v[2] / v[0]), value, concentration, rate);
  }

  @Override
  public NDArray icdf(NDArray q) {
    return Elementwise.map(
        v -> v[2] / SpecialFunctions.inverseGammaP(v[1], 1 - v[0]), q, concentration, rate);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new InverseGamma(concentration.broadcast(b), rate.broadcast(b));
  }
}
