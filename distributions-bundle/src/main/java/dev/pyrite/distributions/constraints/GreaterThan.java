package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * Values strictly above a lower bound; {@code positive} is {@code GreaterThan(0)}. The bound is a
 * number or an array that broadcasts against the values.
 *
 * <pre>{@code
 * new GreaterThan(1.0).check(x); // x > 1
 * }</pre>
 */
public final class GreaterThan implements Constraint {
  private final Bound lower;

  /**
   * Creates the constraint.
   *
   * @param lowerBound the exclusive lower bound
   */
  public GreaterThan(double lowerBound) {
    this.lower = Bound.of(lowerBound);
  }

  /**
   * Creates the constraint with an array bound.
   *
   * @param lowerBound the exclusive lower bounds, broadcastable against checked values
   */
  public GreaterThan(NDArray lowerBound) {
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
    return lower.is(0.0) ? "positive" : "greater_than(" + lower.text() + ")";
  }

  @Override
  public NDArray check(NDArray value) {
    return lower.above(value);
  }

  @Override
  public String toString() {
    return name();
  }
}
