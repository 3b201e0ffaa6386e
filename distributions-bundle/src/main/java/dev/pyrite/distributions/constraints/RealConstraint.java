package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * The real line: every value that is not NaN.
 *
 * <pre>{@code
 * Constraints.real().check(x); // x == x
 * }</pre>
 */
public final class RealConstraint implements Constraint {
  RealConstraint() {}

  @Override
  public String name() {
    return "real";
  }

  @Override
  public NDArray check(NDArray value) {
    return value.eq(value);
  }

  @Override
  public String toString() {
    return name();
  }
}
