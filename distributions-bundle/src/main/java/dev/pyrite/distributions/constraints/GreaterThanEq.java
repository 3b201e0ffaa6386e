package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * Values at or above a lower bound; {@code nonnegative} is {@code GreaterThanEq(0)}, the support of
 * Exponential, Gamma and HalfNormal (torch's {@code greater_than_eq}).
 *
 * <pre>{@code
 * new GreaterThanEq(1.0).check(x); // x >= 1
 * }</pre>
 */
public final class GreaterThanEq implements Constraint {
  private final Bound lower;

  /**
   * Creates the constraint.
   *
   * @param lowerBound the inclusive lower bound
   */
  public GreaterThanEq(double lowerBound) {
    this.lower = Bound.of(lowerBound);
  }

  /**
   * Creates the constraint with an array bound.
   *
   * @param lowerBound the inclusive lower bounds, broadcastable against checked values
   */
  public GreaterThanEq(NDArray lowerBound) {
    this.lower = Bound.of(lowerBound);
  }

  /**
   * The lower bound when it is a number.
   *
   * @return the bound
   * @throws IllegalStateException when the bound is an array
   */
  public double lowerBound() {
    return lower.value(name());
  }

  /**
   * The lower bound when it is an array.
   *
   * @return the array, or {@code null} for a number bound
   */
  public NDArray lowerBoundArray() {
    return lower.array();
  }

  @Override
  public String name() {
    return lower.is(0.0) ? "nonnegative" : "greater_than_eq(" + lower.text() + ")";
  }

  @Override
  public NDArray check(NDArray value) {
    return lower.atLeast(value);
  }

  @Override
  public String toString() {
    return name();
  }
}
