package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * {@code x -> cholesky(x)} from correlation matrices onto their Cholesky factors, inverse {@code L
 * -> L L^T} (Pyro's {@code CorrMatrixCholeskyTransform}). Its log-Jacobian, with respect to the
 * strictly lower triangles, is {@code -sum_i (n - 1 - i) log L_ii}; {@code biject_to(corr_matrix)}
 * is {@code CorrCholeskyTransform} followed by the inverse of this one.
 *
 * <pre>{@code
 * Transform t = new ComposeTransform(
 *     new CorrCholeskyTransform(), new InverseTransform(new CorrMatrixCholeskyTransform()));
 * }</pre>
 */
public final class CorrMatrixCholeskyTransform implements Transform {
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
    return CholeskyTransform.weightedLogDiagonal(y, n - 1).neg();
  }

  @Override
  public Constraint domain() {
    return MultivariateConstraints.corrMatrix();
  }

  @Override
  public Constraint codomain() {
    return MultivariateConstraints.corrCholesky();
  }
}
