package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Counts;
import dev.pyrite.distributions.internal.DiscreteEntropy;
import dev.pyrite.distributions.internal.StandardGamma;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * Pyro's gamma-Poisson (an overdispersed count law): a Poisson whose rate is {@code
 * Gamma(concentration, rate)}, pmf {@code Gamma(a + k) b^a / (Gamma(a) k! (1 + b)^(a + k))}.
 *
 * <pre>{@code
 * sample("counts", new GammaPoisson(2, 0.5), counts);
 * }</pre>
 */
public final class GammaPoisson extends AbstractDistribution {
  private final NDArray concentration;
  private final NDArray rate;

  /**
   * A gamma-Poisson with scalar parameters.
   *
   * @param concentration the gamma shape, positive
   * @param rate the gamma rate, positive
   */
  public GammaPoisson(double concentration, double rate) {
    this(Distributions.scalar(concentration, null), Distributions.scalar(rate, null));
  }

  /**
   * A gamma-Poisson with array parameters, broadcast together.
   *
   * @param concentration the gamma shape, positive
   * @param rate the gamma rate, positive
   */
  public GammaPoisson(NDArray concentration, NDArray rate) {
    super(
        Distributions.broadcastShapes("GammaPoisson", concentration.getShape(), rate.getShape()),
        new Shape());
    this.concentration = validate("concentration", concentration, Constraints.positive());
    this.rate = validate("rate", rate, Constraints.positive());
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    Shape s = shape(sampleShape);
    NDArray g = StandardGamma.rsample(concentration.stopGradient(), s).stopGradient();
    return Counts.samplePoisson(g.div(rate.stopGradient()));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray post = concentration.add(value);
    return TensorOps.logBeta(concentration, value.add(1))
        .neg()
        .sub(post.log())
        .add(concentration.mul(rate.log()))
        .sub(post.mul(TensorOps.log1p(rate)));
  }

  @Override
  public Constraint support() {
    return Constraints.nonnegativeInteger();
  }

  @Override
  public NDArray mean() {
    return concentration.div(rate).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    return concentration.div(rate.square()).mul(rate.add(1)).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return DiscreteEntropy.bySummation(this, null);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new GammaPoisson(concentration.broadcast(b), rate.broadcast(b));
  }
}
