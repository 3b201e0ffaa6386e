package dev.pyrite.distributions.thirdparty;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/** A third party's constraint, {@code x > 2}, that no built-in provider knows. */
public final class AboveTwo implements Constraint {
  /** The one instance. */
  public static final AboveTwo INSTANCE = new AboveTwo();

  private AboveTwo() {}

  @Override
  public String name() {
    return "above_two";
  }

  @Override
  public NDArray check(NDArray value) {
    return value.gt(2);
  }
}
