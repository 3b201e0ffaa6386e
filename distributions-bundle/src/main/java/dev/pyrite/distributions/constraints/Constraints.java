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
  private static final Constraint NONNEGATIVE = new GreaterThanEq(0.0);
  private static final Constraint NONNEGATIVE_INTEGER = new IntegerGreaterThanEq(0.0);
  private static final Constraint ONE_HOT = new OneHot();
  private static final Constraint SOFTPLUS_POSITIVE = new SoftplusPositive();
  private static final Constraint ORDERED_VECTOR = new OrderedVector(false);
  private static final Constraint POSITIVE_ORDERED_VECTOR = new OrderedVector(true);
  private static final Constraint REAL_VECTOR = new IndependentConstraint(REAL, 1);

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

  /**
   * Non-negative reals (torch's {@code nonnegative}), the support of Exponential and Gamma.
   *
   * @return {@code nonnegative}
   */
  public static Constraint nonnegative() {
    return NONNEGATIVE;
  }

  /**
   * Values at or above a bound.
   *
   * @param lowerBound the inclusive lower bound
   * @return {@code greater_than_eq(lowerBound)}
   */
  public static Constraint greaterThanEq(double lowerBound) {
    return lowerBound == 0.0 ? NONNEGATIVE : new GreaterThanEq(lowerBound);
  }

  /**
   * Values below a bound.
   *
   * @param upperBound the exclusive upper bound
   * @return {@code less_than(upperBound)}
   */
  public static Constraint lessThan(double upperBound) {
    return new LessThan(upperBound);
  }

  /**
   * Integers in a closed range.
   *
   * @param lower the smallest value
   * @param upper the largest value
   * @return {@code integer_interval(lower, upper)}
   */
  public static Constraint integerInterval(double lower, double upper) {
    return new IntegerInterval(lower, upper);
  }

  /**
   * The integers 0, 1, 2, ...
   *
   * @return {@code nonnegative_integer}
   */
  public static Constraint nonnegativeInteger() {
    return NONNEGATIVE_INTEGER;
  }

  /**
   * One-hot vectors.
   *
   * @return {@code one_hot}
   */
  public static Constraint oneHot() {
    return ONE_HOT;
  }

  /**
   * Count vectors summing to at most a total.
   *
   * @param totalCount the largest total
   * @return {@code multinomial(totalCount)}
   */
  public static Constraint multinomial(double totalCount) {
    return new MultinomialConstraint(totalCount);
  }

  /**
   * Positive reals reached by softplus.
   *
   * @return {@code softplus_positive}
   */
  public static Constraint softplusPositive() {
    return SOFTPLUS_POSITIVE;
  }

  /**
   * Strictly increasing vectors.
   *
   * @return {@code ordered_vector}
   */
  public static Constraint orderedVector() {
    return ORDERED_VECTOR;
  }

  /**
   * Strictly increasing vectors of positive entries.
   *
   * @return {@code positive_ordered_vector}
   */
  public static Constraint positiveOrderedVector() {
    return POSITIVE_ORDERED_VECTOR;
  }

  /**
   * Real vectors: {@code independent(real, 1)}.
   *
   * @return {@code real_vector}
   */
  public static Constraint realVector() {
    return REAL_VECTOR;
  }

  /**
   * A constraint whose rightmost dims form one event.
   *
   * @param base the elementwise constraint
   * @param reinterpretedBatchNdims how many more dims form one event
   * @return {@code independent(base, n)}, or {@code base} when {@code n} is 0
   */
  public static Constraint independent(Constraint base, int reinterpretedBatchNdims) {
    return reinterpretedBatchNdims == 0
        ? base
        : new IndependentConstraint(base, reinterpretedBatchNdims);
  }
}
