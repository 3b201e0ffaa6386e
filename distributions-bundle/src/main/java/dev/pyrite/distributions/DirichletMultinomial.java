package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.StandardGamma;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * Pyro's Dirichlet-multinomial: a multinomial whose probabilities are {@code
 * Dirichlet(concentration)}, event shape {@code (K)}; {@code totalCount} is one integer.
 *
 * <pre>{@code
 * sample("counts", new DirichletMultinomial(alpha, 10), counts);
 * }</pre>
 */
public final class DirichletMultinomial extends AbstractDistribution {
  private final NDArray concentration;
  private final int totalCount;

  /**
   * A Dirichlet-multinomial.
   *
   * @param concentration positive concentrations, categories along the last dimension
   * @param totalCount the number of draws, non-negative
   */
  public DirichletMultinomial(NDArray concentration, int totalCount) {
    super(
        concentration.getShape().slice(0, concentration.getShape().dimension() - 1),
        concentration.getShape().slice(concentration.getShape().dimension() - 1));
    this.concentration =
        validate(
            "concentration", concentration, Constraints.independent(Constraints.positive(), 1));
    if (totalCount < 0) {
      throw new IllegalArgumentException(
          "DirichletMultinomial: parameter total_count must satisfy the constraint"
              + " nonnegative_integer, but found invalid values: ["
              + totalCount
              + "]");
    }
    this.totalCount = totalCount;
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    NDArray g = StandardGamma.rsample(concentration.stopGradient(), shape(sampleShape));
    NDArray p = g.div(g.sum(new int[] {-1}, true)).stopGradient();
    return new Multinomial(totalCount, p).sample(new Shape());
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray alpha = concentration;
    return logBeta1(alpha.sum(new int[] {-1}), value.sum(new int[] {-1}))
        .sub(logBeta1(alpha, value).sum(new int[] {-1}));
  }

  /** {@code log Gamma(1 + v) + log Gamma(a) - log Gamma(v + a)}. */
  private static NDArray logBeta1(NDArray alpha, NDArray value) {
    return value.add(1).gammaln().add(alpha.gammaln()).sub(value.add(alpha).gammaln());
  }

  @Override
  public Constraint support() {
    return Constraints.multinomial(totalCount);
  }

  @Override
  public NDArray mean() {
    NDArray ratio = concentration.div(concentration.sum(new int[] {-1}, true));
    return ratio.mul(totalCount).broadcast(batchShape().addAll(eventShape()));
  }

  @Override
  public NDArray variance() {
    NDArray sum = concentration.sum(new int[] {-1}, true);
    NDArray ratio = concentration.div(sum);
    return ratio
        .mul(ratio.neg().add(1))
        .mul(totalCount)
        .mul(sum.add(totalCount))
        .div(sum.add(1))
        .broadcast(batchShape().addAll(eventShape()));
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new DirichletMultinomial(
        concentration.broadcast(checkExpand(batchShape).addAll(eventShape())), totalCount);
  }
}
