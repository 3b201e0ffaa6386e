package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * A closed interval; {@code unit_interval} is {@code Interval(0, 1)}.
 *
 * <pre>{@code
 * new Interval(-1, 1).check(x); // -1 <= x <= 1
 * }</pre>
 */
public final class Interval implements Constraint {
  private final double lower;
  private final double upper;

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
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * The lower bound.
   *
   * @return the bound
   */
  public double lower() {
    return lower;
  }

  /**
   * The upper bound.
   *
   * @return the bound
   */
  public double upper() {
    return upper;
  }

  @Override
  public String name() {
    return lower == 0.0 && upper == 1.0
        ? "unit_interval"
        : "interval(" + lower + ", " + upper + ")";
  }

  @Override
  public NDArray check(NDArray value) {
    return value.gte(lower).logicalAnd(value.lte(upper));
  }

  @Override
  public String toString() {
    return name();
  }
}
