package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.TensorOps;
import dev.pyrite.spi.Constraint;

/**
 * Lower Cholesky factors of correlation matrices: lower triangular, positive diagonal, rows of unit
 * Euclidean norm (within {@code 10 n eps}): Pyro's {@code corr_cholesky}, the support of {@code
 * LKJCholesky}. Event dim 2.
 *
 * <pre>{@code
 * MultivariateConstraints.corrCholesky().check(l);
 * }</pre>
 */
public final class CorrCholesky implements Constraint {
  static final CorrCholesky INSTANCE = new CorrCholesky();

  private CorrCholesky() {}

  @Override
  public String name() {
    return "corr_cholesky";
  }

  @Override
  public int eventDim() {
    return 2;
  }

  @Override
  public NDArray check(NDArray value) {
    EventChecks.requireDims(name(), value, 2);
    NDArray v = value.stopGradient();
    long n = v.getShape().get(v.getShape().dimension() - 1);
    double eps = v.getDataType() == DataType.FLOAT64 ? Math.ulp(1.0) : Math.ulp(1.0f);
    NDArray rowNorm = v.square().sum(new int[] {-1}).sqrt();
    NDArray unitRows = EventChecks.all(rowNorm.sub(1).abs().lte(eps * n * 10), 1);
    return EventChecks.lowerTriangular(v, TensorOps.diagonal(v).gt(0)).logicalAnd(unitRows);
  }

  @Override
  public String toString() {
    return name();
  }
}
