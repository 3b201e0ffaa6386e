package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * Integers in a closed range, the support of Binomial, BetaBinomial and Categorical (torch's {@code
 * integer_interval}). The upper bound may be an array (Binomial with a batch of total counts).
 *
 * <pre>{@code
 * new IntegerInterval(0, 10).check(x); // x in {0, 1, ..., 10}
 * }</pre>
 */
public final class IntegerInterval implements Constraint {
  private final Bound lower;
  private final Bound upper;

  /**
   * Creates the constraint.
   *
   * @param lower the smallest value
   * @param upper the largest value
   */
  public IntegerInterval(double lower, double upper) {
    this.lower = Bound.of(lower);
    this.upper = Bound.of(upper);
  }

  /**
   * Creates the constraint with an array upper bound.
   *
   * @param lower the smallest value
   * @param upper the largest values, broadcastable against checked values
   */
  public IntegerInterval(double lower, NDArray upper) {
    this.lower = Bound.of(lower);
    this.upper = Bound.of(upper);
  }

  /**
   * The lower bound.
   *
   * @return the smallest value
   */
  public double lower() {
    return lower.value(name());
  }

  /**
   * The upper bound when it is a number.
   *
   * @return the largest value
   * @throws IllegalStateException when the bound is an array
   */
  public double upper() {
    return upper.value(name());
  }

  @Override
  public String name() {
    return "integer_interval(" + lower.text() + ", " + upper.text() + ")";
  }

  @Override
  public boolean isDiscrete() {
    return true;
  }

  @Override
  public NDArray check(NDArray value) {
    return value.eq(value.floor()).logicalAnd(lower.atLeast(value)).logicalAnd(upper.atMost(value));
  }

  @Override
  public String toString() {
    return name();
  }
}
