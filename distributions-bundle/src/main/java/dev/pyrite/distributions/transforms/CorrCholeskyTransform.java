package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * The bijection from {@code n (n - 1) / 2} reals onto Cholesky factors of {@code n x n} correlation
 * matrices ({@code biject_to(corr_cholesky)}, torch's {@code CorrCholeskyTransform}): {@code tanh}
 * maps each real into {@code (-1, 1)}, the values fill the strictly lower triangle row by row, and
 * stick breaking on their squares scales each row to unit norm (Stan's construction). The
 * log-Jacobian is with respect to the strictly lower triangle of {@code y}.
 *
 * <pre>{@code
 * NDArray l = new CorrCholeskyTransform().forward(x); // x (..., 3) -> l (..., 3, 3)
 * }</pre>
 */
public final class CorrCholeskyTransform implements Transform {
  private static final String NAME = "CorrCholeskyTransform";

  @Override
  public NDArray forward(NDArray x) {
    int n = TriangularVectors.strictlyLowerSize(lastDim(x), NAME);
    double eps = Precision.eps(x);
    NDArray r = TriangularVectors.toMatrix(Precision.clamp(x.tanh(), -1 + eps, 1 - eps), n, -1);
    NDArray logRest = cumSumLast(TensorOps.log1p(r.square().neg())).mul(0.5);
    NDArray scale = shiftRight(logRest.exp());
    NDArray eye = TensorOps.diagEmbed(TensorOps.diagonal(r).onesLike());
    return r.add(eye).mul(scale);
  }

  @Override
  public NDArray inverse(NDArray y) {
    NDArray rest = shiftRight(cumSumLast(y.square()).neg().add(1));
    NDArray t = TriangularVectors.toVector(y, -1).div(TriangularVectors.toVector(rest, -1).sqrt());
    return TensorOps.log1p(t).sub(TensorOps.log1p(t.neg())).mul(0.5);
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    int n = lastDim(y);
    NDArray tanhLogDet =
        x.add(TensorOps.softplus(x.mul(-2))).sub(Math.log(2)).sum(new int[] {-1}).mul(-2);
    if (n < 3) {
      return tanhLogDet;
    }
    NDArray rest = cumSumLast(y.square()).neg().add(1);
    NDArray stick = TriangularVectors.toVector(rest, -2).log().sum(new int[] {-1}).mul(0.5);
    return stick.add(tanhLogDet);
  }

  @Override
  public Constraint domain() {
    return Constraints.realVector();
  }

  @Override
  public Constraint codomain() {
    return MultivariateConstraints.corrCholesky();
  }

  /** Shifts the last axis right by one, filling with ones: {@code pad(a[..., :-1], [1, 0], 1)}. */
  private static NDArray shiftRight(NDArray a) {
    NDArray one = a.get("..., :1").onesLike();
    return NDArrays.concat(new NDList(one, a.get("..., :-1")), -1);
  }

  private static NDArray cumSumLast(NDArray a) {
    return a.cumSum(a.getShape().dimension() - 1);
  }

  private static int lastDim(NDArray a) {
    Shape s = a.getShape();
    return (int) s.get(s.dimension() - 1);
  }
}
