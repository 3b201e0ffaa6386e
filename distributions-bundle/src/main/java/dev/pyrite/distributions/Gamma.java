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
 * The gamma distribution with shape {@code concentration} and {@code rate}, density {@code b^a
 * x^(a-1) e^(-b x) / Gamma(a)} on {@code x >= 0}. Reparameterised with implicit gradients, as in
 * torch. {@code cdf} and {@code icdf} (which torch lacks) are the regularised incomplete gamma
 * function and its inverse in double precision, without gradients.
 *
 * <pre>{@code
 * NDArray precision = sample("precision", new Gamma(2, 1));
 * }</pre>
 */
public final class Gamma extends AbstractDistribution {
  private final NDArray concentration;
  private final NDArray rate;

  /**
   * A gamma with scalar parameters.
   *
   * @param concentration the shape, positive
   * @param rate the rate, positive
   */
  public Gamma(double concentration, double rate) {
    this(Distributions.scalar(concentration, null), Distributions.scalar(rate, null));
  }

  /**
   * A gamma with array parameters.
   *
   * @param concentration the shape, positive
   * @param rate the rate, positive
   */
  public Gamma(NDArray concentration, NDArray rate) {
    super(
        Distributions.broadcastShapes("Gamma", concentration.getShape(), rate.getShape()),
        new Shape());
    this.concentration = validate("concentration", concentration, Constraints.positive());
    this.rate = validate("rate", rate, Constraints.positive());
  }

  /**
   * The shape parameter.
   *
   * @return concentration
   */
  public NDArray concentration() {
    return concentration;
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
    NDArray z = StandardGamma.rsample(concentration, shape(sampleShape));
    return Precision.atLeast(z.div(rate), Precision.tiny(z));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    return concentration
        .mul(rate.log())
        .add(Ops.xlogy(concentration.sub(1), value))
        .sub(rate.mul(value))
        .sub(concentration.gammaln());
  }

  @Override
  public Constraint support() {
    return Constraints.nonnegative();
  }

  @Override
  public NDArray mean() {
    return concentration.div(rate).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    return concentration.div(rate.square()).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    NDArray a = concentration;
    return a.sub(rate.log())
        .add(a.gammaln())
        .add(a.neg().add(1).mul(TensorOps.digamma(a)))
        .broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return Elementwise.map(
        v -> SpecialFunctions.gammaP(v[1], v[0] * v[2]), value, concentration, rate);
  }

  @Override
  public NDArray icdf(NDArray q) {
    return Elementwise.map(
        v -> SpecialFunctions.inverseGammaP(v[1], v[0]) / v[2], q, concentration, rate);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new Gamma(concentration.broadcast(b), rate.broadcast(b));
  }
}
