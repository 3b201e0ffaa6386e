package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * Strictly increasing vectors, {@code x[i] < x[i + 1]} (Pyro's {@code ordered_vector}), or, when
 * positive, strictly increasing vectors of positive entries ({@code positive_ordered_vector}).
 * Event dim 1; a vector of one entry is ordered.
 *
 * <pre>{@code
 * Constraints.orderedVector().check(cutpoints);
 * }</pre>
 */
public final class OrderedVector implements Constraint {
  private final boolean positive;

  OrderedVector(boolean positive) {
    this.positive = positive;
  }

  /**
   * Whether entries must also be positive.
   *
   * @return true for {@code positive_ordered_vector}
   */
  public boolean positive() {
    return positive;
  }

  @Override
  public String name() {
    return positive ? "positive_ordered_vector" : "ordered_vector";
  }

  @Override
  public int eventDim() {
    return 1;
  }

  @Override
  public NDArray check(NDArray value) {
    if (value.getShape().dimension() == 0) {
      throw new IllegalArgumentException(
          name() + " constrains vectors, but the value is a scalar; give it a last dimension");
    }
    NDArray increasing = Events.all(value.get("..., 1:").gt(value.get("..., :-1")));
    return positive ? increasing.logicalAnd(Events.all(value.gt(0))) : increasing;
  }

  @Override
  public String toString() {
    return name();
  }
}
