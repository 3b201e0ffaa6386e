package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * A closed interval; {@code unit_interval} is {@code Interval(0, 1)}. The bounds are numbers or
 * arrays that broadcast against the values (Uniform's support).
 *
 * <pre>{@code
 * new Interval(-1, 1).check(x); // -1 <= x <= 1
 * }</pre>
 */
public final class Interval implements Constraint {
  private final Bound lower;
  private final Bound upper;

  /**
   * Creates the constraint.
   *
   * @param lower the lower bound
   * @param upper the upper bound, above {@code lower}
   */
  public Interval(double lower, double upper) {
    if (!(upper > lower)) {
      throw new IllegalArgumentException(
          "interval needs lower < upper, got [" + lower + ", " + upper + "]");
    }
    this.lower = Bound.of(lower);
    this.upper = Bound.of(upper);
  }

  /**
   * Creates the constraint with array bounds.
   *
   * @param lower the lower bounds
   * @param upper the upper bounds, broadcastable against {@code lower}
   */
  public Interval(NDArray lower, NDArray upper) {
    this.lower = Bound.of(lower);
    this.upper = Bound.of(upper);
  }

  /**
   * The lower bound when it is a number.
   *
   * @return the bound
   * @throws IllegalStateException when the bounds are arrays
   */
  public double lower() {
    return lower.value(name());
  }

  /**
   * The upper bound when it is a number.
   *
   * @return the bound
   * @throws IllegalStateException when the bounds are arrays
   */
  public double upper() {
    return upper.value(name());
  }

  /**
   * Whether both bounds are numbers.
   *
   * @return true for number bounds
   */
  public boolean hasScalarBounds() {
    return lower.isScalar() && upper.isScalar();
  }

  /**
   * The lower bound when it is an array.
   *
   * @return the array, or {@code null} for a number bound
   */
  public NDArray lowerArray() {
    return lower.array();
  }

  /**
   * The upper bound when it is an array.
   *
   * @return the array, or {@code null} for a number bound
   */
  public NDArray upperArray() {
    return upper.array();
  }

  @Override
  public String name() {
    return lower.is(0.0) && upper.is(1.0)
        ? "unit_interval"
        : "interval(" + lower.text() + ", " + upper.text() + ")";
  }

  @Override
  public NDArray check(NDArray value) {
    return lower.atLeast(value).logicalAnd(upper.atMost(value));
  }

  @Override
  public String toString() {
    return name();
  }
}
