package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * The set {0, 1}, the support of Bernoulli.
 *
 * <pre>{@code
 * Constraints.booleans().check(x); // x == 0 or x == 1
 * }</pre>
 */
public final class BooleanConstraint implements Constraint {
  BooleanConstraint() {}

  @Override
  public String name() {
    return "boolean";
  }

  @Override
  public boolean isDiscrete() {
    return true;
  }

  @Override
  public NDArray check(NDArray value) {
    return value.eq(0).logicalOr(value.eq(1));
  }

  @Override
  public String toString() {
    return name();
  }
}
