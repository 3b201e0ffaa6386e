package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Enumeration;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The multinomial distribution: category counts of {@code totalCount} independent categorical
 * draws, event shape {@code (K)}, pmf {@code n! / prod(x_i!) prod(p_i^x_i)}. Parameterised like
 * {@link Categorical}; {@code totalCount} is one integer, as in torch.
 *
 * <pre>{@code
 * sample("counts", new Multinomial(10, probs), counts);
 * }</pre>
 */
public final class Multinomial extends AbstractDistribution {
  private final int totalCount;
  private final Categorical categorical;

  /**
   * A multinomial with probabilities along the last dimension.
   *
   * @param totalCount the number of draws, non-negative
   * @param probs non-negative weights, normalised over the last dimension
   */
  public Multinomial(int totalCount, NDArray probs) {
    this(totalCount, new Categorical(probs));
  }

  private Multinomial(int totalCount, Categorical categorical) {
    super(categorical.batchShape(), new Shape(categorical.categories()));
    if (totalCount < 0) {
      throw new IllegalArgumentException(
          "Multinomial: parameter total_count must satisfy the constraint nonnegative_integer,"
              + " but found invalid values: ["
              + totalCount
              + "]");
    }
    this.totalCount = totalCount;
    this.categorical = categorical;
  }

  /**
   * A multinomial with logits along the last dimension.
   *
   * @param totalCount the number of draws, non-negative
   * @param logits unnormalised log-probabilities
   * @return the distribution
   */
  public static Multinomial withLogits(int totalCount, NDArray logits) {
    return new Multinomial(totalCount, Categorical.withLogits(logits));
  }

  /**
   * The number of draws.
   *
   * @return total_count
   */
  public int totalCount() {
    return totalCount;
  }

  /**
   * The probabilities.
   *
   * @return probs
   */
  public NDArray probs() {
    return categorical.probs();
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    NDArray logits = categorical.logits();
    if (totalCount == 0) {
      return logits.zerosLike().broadcast(shape(sampleShape));
    }
    NDArray draws = categorical.sample(new Shape(totalCount).addAll(sampleShape));
    return Ops.asFloat(categorical.oneHot(draws), logits).sum(new int[] {0});
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray logits = categorical.logits();
    NDArray powers = Ops.where(value.eq(0), Distributions.scalar(0, logits), logits.mul(value));
    return value
        .sum(new int[] {-1})
        .add(1)
        .gammaln()
        .sub(value.add(1).gammaln().sum(new int[] {-1}))
        .add(powers.sum(new int[] {-1}));
  }

  @Override
  public Constraint support() {
    return Constraints.multinomial(totalCount);
  }

  @Override
  public NDArray mean() {
    return categorical.probs().mul(totalCount).broadcast(batchShape().addAll(eventShape()));
  }

  @Override
  public NDArray variance() {
    NDArray p = categorical.probs();
    return p.mul(p.neg().add(1)).mul(totalCount).broadcast(batchShape().addAll(eventShape()));
  }

  @Override
  public NDArray entropy() {
    NDArray p = categorical.probs();
    NDArray n = Distributions.scalar(totalCount, p);
    NDArray term1 = categorical.entropy().mul(totalCount).sub(n.add(1).gammaln());
    if (totalCount == 0) {
      return term1;
    }
    Binomial binomial = new Binomial(n.broadcast(p.getShape()), p);
    NDArray support =
        Enumeration.range(p, totalCount + 1, p.getShape(), false)
            .get(new ai.djl.ndarray.index.NDIndex("1:"));
    NDArray binomialProbs;
    try (Distributions.Validation off = Distributions.validation(false)) {
      binomialProbs = binomial.logProb(support).exp();
    }
    NDArray weights = support.add(1).gammaln();
    return term1.add(binomialProbs.mul(weights).sum(new int[] {0}).sum(new int[] {-1}));
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new Multinomial(totalCount, (Categorical) categorical.expand(checkExpand(batchShape)));
  }
}
