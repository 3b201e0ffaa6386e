package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * The positive reals, reached from the unconstrained reals by softplus rather than exp (torch's
 * {@code softplus_positive}): gentler growth for scale parameters.
 *
 * <pre>{@code
 * NDArray s = param("s", 1.0, Constraints.softplusPositive());
 * }</pre>
 */
public final class SoftplusPositive implements Constraint {
  SoftplusPositive() {}

  @Override
  public String name() {
    return "softplus_positive";
  }

  @Override
  public NDArray check(NDArray value) {
    return value.gt(0);
  }

  @Override
  public String toString() {
    return name();
  }
}
