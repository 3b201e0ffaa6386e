package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * From square matrices onto lower Cholesky factors: keeps the strictly lower triangle and
 * exponentiates the diagonal ({@code transform_to(lower_cholesky)}, torch's {@code
 * LowerCholeskyTransform}). The upper triangle is ignored, so this is a bijection only between the
 * lower triangles; the log-Jacobian is with respect to those {@code n (n + 1) / 2} entries: {@code
 * sum(diag(x))} (torch does not define one).
 *
 * <pre>{@code
 * NDArray scaleTril = new LowerCholeskyTransform().forward(x); // (..., n, n)
 * }</pre>
 */
public final class LowerCholeskyTransform implements Transform {
  @Override
  public NDArray forward(NDArray x) {
    return TensorOps.tril(x, -1).add(TensorOps.diagEmbed(TensorOps.diagonal(x).exp()));
  }

  @Override
  public NDArray inverse(NDArray y) {
    return TensorOps.tril(y, -1).add(TensorOps.diagEmbed(TensorOps.diagonal(y).log()));
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    return TensorOps.diagonal(x).sum(new int[] {-1});
  }

  @Override
  public Constraint domain() {
    return Constraints.independent(Constraints.real(), 2);
  }

  @Override
  public Constraint codomain() {
    return MultivariateConstraints.lowerCholesky();
  }
}
