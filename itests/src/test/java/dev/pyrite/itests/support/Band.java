package dev.pyrite.itests.support;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/** The open interval (low, high): a support the built-in bundles do not know. */
public final class Band implements Constraint {
  private final double low;
  private final double high;

  /**
   * Creates the band.
   *
   * @param low the lower end
   * @param high the upper end
   */
  public Band(double low, double high) {
    this.low = low;
    this.high = high;
  }

  double low() {
    return low;
  }

  double high() {
    return high;
  }

  @Override
  public String name() {
    return "band(" + low + ", " + high + ")";
  }

  @Override
  public NDArray check(NDArray value) {
    return value.gt(low).logicalAnd(value.lt(high));
  }
}
