package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The categorical distribution with one-hot values: event shape {@code (K)}, a draw has a single 1
 * at the drawn category. Parameterised like {@link Categorical}.
 *
 * <pre>{@code
 * NDArray z = sample("z", new OneHotCategorical(weights)); // e.g. [0, 1, 0]
 * }</pre>
 */
public final class OneHotCategorical extends AbstractDistribution {
  private final Categorical categorical;

  /**
   * A one-hot categorical with probabilities along the last dimension.
   *
   * @param probs non-negative weights, normalised over the last dimension
   */
  public OneHotCategorical(NDArray probs) {
    this(new Categorical(probs));
  }

  private OneHotCategorical(Categorical categorical) {
    super(categorical.batchShape(), new Shape(categorical.categories()));
    this.categorical = categorical;
  }

  /**
   * A one-hot categorical with logits along the last dimension.
   *
   * @param logits unnormalised log-probabilities
   * @return the distribution
   */
  public static OneHotCategorical withLogits(NDArray logits) {
    return new OneHotCategorical(Categorical.withLogits(logits));
  }

  /**
   * The probabilities.
   *
   * @return probs
   */
  public NDArray probs() {
    return categorical.probs();
  }

  /**
   * The normalised log-probabilities.
   *
   * @return logits
   */
  public NDArray logits() {
    return categorical.logits();
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    NDArray index = categorical.sample(sampleShape);
    return Ops.asFloat(categorical.oneHot(index), categorical.logits());
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    return Ops.where(value.eq(1), categorical.logits(), 0.0).sum(new int[] {-1});
  }

  @Override
  public Constraint support() {
    return Constraints.oneHot();
  }

  @Override
  public NDArray mean() {
    return categorical.probs().broadcast(batchShape().addAll(eventShape()));
  }

  @Override
  public NDArray variance() {
    NDArray p = categorical.probs();
    return p.mul(p.neg().add(1)).broadcast(batchShape().addAll(eventShape()));
  }

  @Override
  public NDArray entropy() {
    return categorical.entropy();
  }

  @Override
  public NDArray enumerateSupport(boolean expand) {
    long k = categorical.categories();
    long[] dims = new long[batchShape().dimension() + 2];
    java.util.Arrays.fill(dims, 1);
    dims[0] = k;
    dims[dims.length - 1] = k;
    NDArray logits = categorical.logits();
    NDArray eye =
        logits.getManager().eye((int) k).toType(logits.getDataType(), false).reshape(dims);
    return expand ? eye.broadcast(new Shape(k).addAll(batchShape()).add(k)) : eye;
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new OneHotCategorical((Categorical) categorical.expand(checkExpand(batchShape)));
  }
}
