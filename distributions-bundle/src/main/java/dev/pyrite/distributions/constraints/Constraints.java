package dev.pyrite.distributions.constraints;

import dev.pyrite.spi.Constraint;

/**
 * Factory of the built-in constraints.
 *
 * <pre>{@code
 * Constraint c = Constraints.interval(0, 10);
 * }</pre>
 */
public final class Constraints {
  private static final Constraint REAL = new RealConstraint();
  private static final Constraint POSITIVE = new GreaterThan(0.0);
  private static final Constraint UNIT_INTERVAL = new Interval(0.0, 1.0);
  private static final Constraint BOOLEAN = new BooleanConstraint();

  private Constraints() {}

  /**
   * The real line.
   *
   * @return {@code real}
   */
  public static Constraint real() {
    return REAL;
  }

  /**
   * Strictly positive reals.
   *
   * @return {@code positive}
   */
  public static Constraint positive() {
    return POSITIVE;
  }

  /**
   * The closed unit interval.
   *
   * @return {@code unit_interval}
   */
  public static Constraint unitInterval() {
    return UNIT_INTERVAL;
  }

  /**
   * Values above a bound.
   *
   * @param lowerBound the exclusive lower bound
   * @return {@code greater_than(lowerBound)}
   */
  public static Constraint greaterThan(double lowerBound) {
    return lowerBound == 0.0 ? POSITIVE : new GreaterThan(lowerBound);
  }

  /**
   * A closed interval.
   *
   * @param lower the lower bound
   * @param upper the upper bound
   * @return {@code interval(lower, upper)}
   */
  public static Constraint interval(double lower, double upper) {
    return lower == 0.0 && upper == 1.0 ? UNIT_INTERVAL : new Interval(lower, upper);
  }

  /**
   * The set {0, 1}.
   *
   * @return {@code boolean}
   */
  public static Constraint booleans() {
    return BOOLEAN;
  }
}
