package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * Vectors of non-negative integer counts summing to at most {@code totalCount}, the support of
 * Multinomial and DirichletMultinomial (torch's {@code multinomial}).
 *
 * <pre>{@code
 * Constraints.multinomial(10).check(counts); // one boolean per count vector
 * }</pre>
 */
public final class MultinomialConstraint implements Constraint {
  private final double totalCount;

  /**
   * Creates the constraint.
   *
   * @param totalCount the largest total
   */
  public MultinomialConstraint(double totalCount) {
    this.totalCount = totalCount;
  }

  /**
   * The largest total.
   *
   * @return the total count
   */
  public double totalCount() {
    return totalCount;
  }

  @Override
  public String name() {
    return "multinomial(" + totalCount + ")";
  }

  @Override
  public int eventDim() {
    return 1;
  }

  @Override
  public boolean isDiscrete() {
    return true;
  }

  @Override
  public NDArray check(NDArray value) {
    NDArray counts = value.eq(value.floor()).logicalAnd(value.gte(0));
    return Events.all(counts).logicalAnd(value.sum(new int[] {-1}).lte(totalCount));
  }

  @Override
  public String toString() {
    return name();
  }
}
