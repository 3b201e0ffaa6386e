package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A region of a space that values of a distribution or param live in (Pyro's {@code
 * constraints.*}).
 *
 * <pre>{@code
 * Constraint c = Constraints.positive();
 * NDArray ok = c.check(x); // boolean, one entry per event
 * }</pre>
 */
@ConsumerType
public interface Constraint {
  /**
   * The name used in messages and param-store manifests, e.g. {@code "positive"} or {@code
   * "interval(0.0, 1.0)"}.
   *
   * @return the name
   */
  String name();

  /**
   * How many rightmost dimensions form one event of this constraint.
   *
   * @return the event dimension
   */
  default int eventDim() {
    return 0;
  }

  /**
   * Whether the constraint is over a discrete set.
   *
   * @return true for integer and boolean supports
   */
  default boolean isDiscrete() {
    return false;
  }

  /**
   * Tests values against the constraint.
   *
   * @param value the values
   * @return a boolean array of shape {@code value.shape} less the last {@link #eventDim()} dims
   */
  NDArray check(NDArray value);
}
