package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * One-hot vectors: entries 0 or 1 summing to 1 along the last dimension, the support of
 * OneHotCategorical.
 *
 * <pre>{@code
 * Constraints.oneHot().check(x); // one boolean per vector
 * }</pre>
 */
public final class OneHot implements Constraint {
  OneHot() {}

  @Override
  public String name() {
    return "one_hot";
  }

  @Override
  public int eventDim() {
    return 1;
  }

  @Override
  public boolean isDiscrete() {
    return true;
  }

  @Override
  public NDArray check(NDArray value) {
    NDArray binary = Constraints.booleans().check(value);
    return Events.all(binary).logicalAnd(value.sum(new int[] {-1}).eq(1));
  }

  @Override
  public String toString() {
    return name();
  }
}
