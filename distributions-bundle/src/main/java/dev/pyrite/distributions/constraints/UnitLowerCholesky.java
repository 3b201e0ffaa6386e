package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.spi.Constraint;

/**
 * Lower-triangular matrices with ones on the diagonal: Pyro's {@code unit_lower_cholesky}. Event
 * dim 2.
 *
 * <pre>{@code
 * MultivariateConstraints.unitLowerCholesky().check(l); // tril(l) == l and diag(l) == 1
 * }</pre>
 */
public final class UnitLowerCholesky implements Constraint {
  static final UnitLowerCholesky INSTANCE = new UnitLowerCholesky();

  private UnitLowerCholesky() {}

  @Override
  public String name() {
    return "unit_lower_cholesky";
  }

  @Override
  public int eventDim() {
    return 2;
  }

  @Override
  public NDArray check(NDArray value) {
    EventChecks.requireDims(name(), value, 2);
    return EventChecks.lowerTriangular(value, TensorOps.diagonal(value).eq(1));
  }

  @Override
  public String toString() {
    return name();
  }
}
