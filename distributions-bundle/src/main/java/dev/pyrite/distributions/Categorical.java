package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.IntegerInterval;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.distributions.internal.Enumeration;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.distributions.internal.Probs;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The categorical distribution over {@code {0, ..., K-1}}, with the categories along the last
 * dimension of {@code probs} (normalised to sum to 1) or {@code logits} (unnormalised
 * log-probabilities). Values are indices; as in torch, {@code mean} and {@code variance} are NaN.
 *
 * <pre>{@code
 * NDArray z = sample("z", new Categorical(weights));
 * NDArray c = sample("c", Categorical.withLogits(scores));
 * }</pre>
 */
public final class Categorical extends AbstractDistribution {
  private final NDArray probs;
  private final NDArray logits;

  /**
   * A categorical with probabilities along the last dimension.
   *
   * @param probs non-negative weights, normalised over the last dimension
   */
  public Categorical(NDArray probs) {
    this(checkRank(probs, "probs"), true);
  }

  private Categorical(NDArray params, boolean isProbs) {
    super(params.getShape().slice(0, params.getShape().dimension() - 1), new Shape());
    if (isProbs) {
      this.probs =
          validate("probs", Probs.normalizeProbs(params), MultivariateConstraints.simplex());
      this.logits = Probs.toLogits(probs, false);
    } else {
      validate("logits", params, Constraints.realVector());
      this.logits = Probs.normalize(params);
      this.probs = null;
    }
  }

  /**
   * A categorical with logits along the last dimension.
   *
   * @param logits unnormalised log-probabilities
   * @return the distribution
   */
  public static Categorical withLogits(NDArray logits) {
    return new Categorical(checkRank(logits, "logits"), false);
  }

  private static NDArray checkRank(NDArray params, String parameter) {
    if (params.getShape().dimension() < 1) {
      throw new IllegalArgumentException(
          "Categorical: parameter "
              + parameter
              + " needs at least one dimension (the categories), but is a scalar");
    }
    return params;
  }

  /**
   * The probabilities, summing to 1 over the last dimension.
   *
   * @return probs
   */
  public NDArray probs() {
    return probs != null ? probs : logits.exp();
  }

  /**
   * The normalised log-probabilities.
   *
   * @return logits
   */
  public NDArray logits() {
    return logits;
  }

  /**
   * The number of categories.
   *
   * @return {@code K}
   */
  public long categories() {
    return logits.getShape().get(logits.getShape().dimension() - 1);
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    Shape s = shape(sampleShape);
    NDArray p = probs().stopGradient();
    NDArray cdf = p.cumSum(p.getShape().dimension() - 1);
    NDArray u = Draws.uniform(p, s).expandDims(s.dimension());
    NDArray count = Ops.asFloat(u.gt(cdf), p).sum(new int[] {-1});
    return count.minimum(Distributions.scalar(categories() - 1, count));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray hit = oneHot(value);
    return Ops.where(hit, logits, 0.0).sum(new int[] {-1});
  }

  /** {@code value[..., None] == arange(K)}. */
  NDArray oneHot(NDArray value) {
    NDArray k = value.getManager().arange(0, (int) categories(), 1, DataType.FLOAT64);
    return value.toType(DataType.FLOAT64, false).expandDims(value.getShape().dimension()).eq(k);
  }

  @Override
  public Constraint support() {
    return new IntegerInterval(0, categories() - 1);
  }

  @Override
  public NDArray mean() {
    return Ops.full(logits, batchShape(), Double.NaN);
  }

  @Override
  public NDArray variance() {
    return Ops.full(logits, batchShape(), Double.NaN);
  }

  @Override
  public NDArray entropy() {
    return logits.mul(probs()).sum(new int[] {-1}).neg();
  }

  @Override
  public NDArray enumerateSupport(boolean expand) {
    return Enumeration.range(logits, categories(), batchShape(), expand);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape full = checkExpand(batchShape).add(categories());
    return probs != null
        ? new Categorical(probs.broadcast(full), true)
        : new Categorical(logits.broadcast(full), false);
  }
}
