package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.spi.Constraint;

/**
 * Correlation matrices: positive definite with a unit diagonal (within 1e-6): Pyro's {@code
 * corr_matrix}, the support of {@code LKJ}. Event dim 2.
 *
 * <pre>{@code
 * MultivariateConstraints.corrMatrix().check(r);
 * }</pre>
 */
public final class CorrMatrix implements Constraint {
  static final CorrMatrix INSTANCE = new CorrMatrix();

  private CorrMatrix() {}

  @Override
  public String name() {
    return "corr_matrix";
  }

  @Override
  public int eventDim() {
    return 2;
  }

  @Override
  public NDArray check(NDArray value) {
    EventChecks.requireDims(name(), value, 2);
    NDArray unitDiagonal = EventChecks.all(TensorOps.diagonal(value).sub(1).abs().lt(1e-6), 1);
    return PositiveDefinite.INSTANCE.check(value).logicalAnd(unitDiagonal);
  }

  @Override
  public String toString() {
    return name();
  }
}
