package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * Values strictly above a lower bound; {@code positive} is {@code GreaterThan(0)}.
 *
 * <pre>{@code
 * new GreaterThan(1.0).check(x); // x > 1
 * }</pre>
 */
public final class GreaterThan implements Constraint {
  private final double lowerBound;

  /**
   * Creates the constraint.
   *
   * @param lowerBound the exclusive lower bound
   */
  public GreaterThan(double lowerBound) {
    this.lowerBound = lowerBound;
  }

  /**
   * The lower bound.
   *
   * @return the bound
   */
  public double lowerBound() {
    return lowerBound;
  }

  @Override
  public String name() {
    return lowerBound == 0.0 ? "positive" : "greater_than(" + lowerBound + ")";
  }

  @Override
  public NDArray check(NDArray value) {
    return value.gt(lowerBound);
  }

  @Override
  public String toString() {
    return name();
  }
}
