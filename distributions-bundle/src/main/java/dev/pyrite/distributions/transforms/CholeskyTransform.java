package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * {@code x -> cholesky(x)}, from positive-definite matrices onto their lower Cholesky factors, with
 * inverse {@code L -> L L^T} (Pyro's {@code CholeskyTransform}). The log-Jacobian, with respect to
 * the lower triangles, is {@code -n log 2 - sum_i (n - i) log L_ii}.
 *
 * <pre>{@code
 * Transform toMatrix = new InverseTransform(new CholeskyTransform()); // L -> L L^T
 * }</pre>
 */
public final class CholeskyTransform implements Transform {
  @Override
  public NDArray forward(NDArray x) {
    return TensorOps.cholesky(x);
  }

  @Override
  public NDArray inverse(NDArray y) {
    return y.matMul(y.swapAxes(-1, -2));
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    int n = (int) y.getShape().get(y.getShape().dimension() - 1);
    return weightedLogDiagonal(y, n).neg().sub(n * Math.log(2));
  }

  /**
   * {@code sum_i (top - i) log L_ii}, the log-Jacobian core of Cholesky-type maps.
   *
   * @param l lower-triangular matrices {@code (..., n, n)}
   * @param top the weight of the first diagonal entry
   * @return the weighted sums {@code (...)}
   */
  static NDArray weightedLogDiagonal(NDArray l, int top) {
    int n = (int) l.getShape().get(l.getShape().dimension() - 1);
    double[] order = new double[n];
    for (int i = 0; i < n; i++) {
      order[i] = top - i;
    }
    NDArray weights = l.getManager().create(order, new Shape(n)).toType(l.getDataType(), false);
    return TensorOps.diagonal(l).log().mul(weights).sum(new int[] {-1});
  }

  @Override
  public Constraint domain() {
    return MultivariateConstraints.positiveDefinite();
  }

  @Override
  public Constraint codomain() {
    return MultivariateConstraints.lowerCholesky();
  }
}
