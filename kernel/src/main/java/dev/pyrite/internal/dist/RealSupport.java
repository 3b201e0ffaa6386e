package dev.pyrite.internal.dist;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/** The real line, for the kernel's own pseudo-distributions. */
final class RealSupport implements Constraint {
  static final RealSupport INSTANCE = new RealSupport();

  private RealSupport() {}

  @Override
  public String name() {
    return "real";
  }

  @Override
  public NDArray check(NDArray value) {
    return value.eq(value);
  }
}
