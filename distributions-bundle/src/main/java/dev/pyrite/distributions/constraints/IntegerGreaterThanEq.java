package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * Integers at or above a lower bound; {@code nonnegative_integer} (the support of Poisson,
 * Geometric and NegativeBinomial) is {@code IntegerGreaterThanEq(0)}.
 *
 * <pre>{@code
 * Constraints.nonnegativeInteger().check(x); // x in {0, 1, 2, ...}
 * }</pre>
 */
public final class IntegerGreaterThanEq implements Constraint {
  private final double lower;

  /**
   * Creates the constraint.
   *
   * @param lower the smallest value
   */
  public IntegerGreaterThanEq(double lower) {
    this.lower = lower;
  }

  /**
   * The lower bound.
   *
   * @return the smallest value
   */
  public double lower() {
    return lower;
  }

  @Override
  public String name() {
    return lower == 0.0 ? "nonnegative_integer" : "integer_greater_than_eq(" + lower + ")";
  }

  @Override
  public boolean isDiscrete() {
    return true;
  }

  @Override
  public NDArray check(NDArray value) {
    return value.eq(value.floor()).logicalAnd(value.gte(lower));
  }

  @Override
  public String toString() {
    return name();
  }
}
