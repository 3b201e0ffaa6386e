package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * Values strictly below an upper bound (torch's {@code less_than}).
 *
 * <pre>{@code
 * new LessThan(-0.5).check(x); // x < -0.5
 * }</pre>
 */
public final class LessThan implements Constraint {
  private final Bound upper;

  /**
   * Creates the constraint.
   *
   * @param upperBound the exclusive upper bound
   */
  public LessThan(double upperBound) {
    this.upper = Bound.of(upperBound);
  }

  /**
   * Creates the constraint with an array bound.
   *
   * @param upperBound the exclusive upper bounds, broadcastable against checked values
   */
  public LessThan(NDArray upperBound) {
    this.upper = Bound.of(upperBound);
  }

  /**
   * The upper bound when it is a number.
   *
   * @return the bound
   * @throws IllegalStateException when the bound is an array
   */
  public double upperBound() {
    return upper.value(name());
  }

  /**
   * The upper bound when it is an array.
   *
   * @return the array, or {@code null} for a number bound
   */
  public NDArray upperBoundArray() {
    return upper.array();
  }

  @Override
  public String name() {
    return "less_than(" + upper.text() + ")";
  }

  @Override
  public NDArray check(NDArray value) {
    return upper.below(value);
  }

  @Override
  public String toString() {
    return name();
  }
}
