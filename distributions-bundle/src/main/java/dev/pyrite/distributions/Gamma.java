package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.StandardGamma;
import dev.pyrite.distributions.transforms.Precision;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The gamma distribution with shape {@code concentration} and {@code rate}, density {@code b^a
 * x^(a-1) e^(-b x) / Gamma(a)}. Reparameterised with implicit gradients, as in torch.
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
        .add(concentration.sub(1).mul(value.log()))
        .sub(rate.mul(value))
        .sub(concentration.gammaln());
  }

  @Override
  public Constraint support() {
    return Constraints.positive();
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
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new Gamma(concentration.broadcast(b), rate.broadcast(b));
  }
}
