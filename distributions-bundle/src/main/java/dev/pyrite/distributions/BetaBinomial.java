package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.IntegerInterval;
import dev.pyrite.distributions.internal.Counts;
import dev.pyrite.distributions.internal.DiscreteEntropy;
import dev.pyrite.distributions.internal.Enumeration;
import dev.pyrite.distributions.internal.StandardGamma;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * Pyro's beta-binomial: a binomial whose success probability is {@code Beta(concentration1,
 * concentration0)}, pmf {@code C(n, k) B(k + a, n - k + b) / B(a, b)}. Note Pyro's argument order:
 * the concentrations first, then {@code totalCount}.
 *
 * <pre>{@code
 * sample("k", new BetaBinomial(2, 3, 10), k);
 * }</pre>
 */
public final class BetaBinomial extends AbstractDistribution {
  private final NDArray concentration1;
  private final NDArray concentration0;
  private final NDArray totalCount;

  /**
   * A beta-binomial with scalar parameters.
   *
   * @param concentration1 {@code a}, positive
   * @param concentration0 {@code b}, positive
   * @param totalCount the number of trials, a non-negative integer
   */
  public BetaBinomial(double concentration1, double concentration0, double totalCount) {
    this(
        Distributions.scalar(concentration1, null),
        Distributions.scalar(concentration0, null),
        Distributions.scalar(totalCount, null));
  }

  /**
   * A beta-binomial with array parameters, broadcast together.
   *
   * @param concentration1 {@code a}, positive
   * @param concentration0 {@code b}, positive
   * @param totalCount the numbers of trials, non-negative integers
   */
  public BetaBinomial(NDArray concentration1, NDArray concentration0, NDArray totalCount) {
    super(
        Distributions.broadcastShapes(
            "BetaBinomial",
            concentration1.getShape(),
            concentration0.getShape(),
            totalCount.getShape()),
        new Shape());
    this.concentration1 = validate("concentration1", concentration1, Constraints.positive());
    this.concentration0 = validate("concentration0", concentration0, Constraints.positive());
    this.totalCount = validate("total_count", totalCount, Constraints.nonnegativeInteger());
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    Shape s = shape(sampleShape);
    NDArray x = StandardGamma.rsample(concentration1.stopGradient(), s).stopGradient();
    NDArray y = StandardGamma.rsample(concentration0.stopGradient(), s).stopGradient();
    return Counts.sampleBinomial(totalCount.broadcast(s), x.div(x.add(y)));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray n = totalCount;
    return n.add(1)
        .gammaln()
        .sub(value.add(1).gammaln())
        .sub(n.sub(value).add(1).gammaln())
        .add(TensorOps.logBeta(value.add(concentration1), n.sub(value).add(concentration0)))
        .sub(TensorOps.logBeta(concentration0, concentration1));
  }

  @Override
  public Constraint support() {
    return new IntegerInterval(0, totalCount.broadcast(batchShape()));
  }

  @Override
  public NDArray mean() {
    return totalCount
        .mul(concentration1)
        .div(concentration1.add(concentration0))
        .broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    NDArray a = concentration1;
    NDArray b = concentration0;
    NDArray ab = a.add(b);
    return totalCount
        .mul(a)
        .mul(b)
        .mul(ab.add(totalCount))
        .div(ab.square().mul(ab.add(1)))
        .broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return DiscreteEntropy.bySummation(this, totalCount.broadcast(batchShape()));
  }

  @Override
  public NDArray enumerateSupport(boolean expand) {
    long n = Enumeration.homogeneous(name(), totalCount);
    return Enumeration.range(totalCount, n + 1, batchShape(), expand);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new BetaBinomial(
        concentration1.broadcast(b), concentration0.broadcast(b), totalCount.broadcast(b));
  }
}
