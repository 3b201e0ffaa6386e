package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.spi.Constraint;

/**
 * Lower-triangular matrices with a positive diagonal (Cholesky factors of positive-definite
 * matrices): Pyro's {@code lower_cholesky}. Event dim 2.
 *
 * <pre>{@code
 * MultivariateConstraints.lowerCholesky().check(scaleTril);
 * }</pre>
 */
public final class LowerCholesky implements Constraint {
  static final LowerCholesky INSTANCE = new LowerCholesky();

  private LowerCholesky() {}

  @Override
  public String name() {
    return "lower_cholesky";
  }

  @Override
  public int eventDim() {
    return 2;
  }

  @Override
  public NDArray check(NDArray value) {
    EventChecks.requireDims(name(), value, 2);
    return EventChecks.lowerTriangular(value, TensorOps.diagonal(value).gt(0));
  }

  @Override
  public String toString() {
    return name();
  }
}
