package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Counts;
import dev.pyrite.distributions.internal.DiscreteEntropy;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The Poisson distribution, pmf {@code rate^k e^(-rate) / k!}. Its entropy (which torch lacks) is
 * summed directly over the support.
 *
 * <pre>{@code
 * sample("counts", new Poisson(lambda), counts);
 * }</pre>
 */
public final class Poisson extends AbstractDistribution {
  private final NDArray rate;

  /**
   * A Poisson with a scalar rate.
   *
   * @param rate the rate, non-negative
   */
  public Poisson(double rate) {
    this(Distributions.scalar(rate, null));
  }

  /**
   * A Poisson with an array rate.
   *
   * @param rate the rate, non-negative
   */
  public Poisson(NDArray rate) {
    super(rate.getShape(), new Shape());
    this.rate = validate("rate", rate, Constraints.nonnegative());
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
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    return Counts.samplePoisson(rate.broadcast(shape(sampleShape)));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    return Counts.poissonLogPmf(value, rate);
  }

  @Override
  public Constraint support() {
    return Constraints.nonnegativeInteger();
  }

  @Override
  public NDArray mean() {
    return rate.broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    return rate.broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return DiscreteEntropy.bySummation(this, null);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new Poisson(rate.broadcast(checkExpand(batchShape)));
  }
}
