package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * From square matrices onto lower Cholesky factors with a softplus of the diagonal ({@code
 * transform_to(softplus_lower_cholesky)}, Pyro's {@code SoftplusLowerCholeskyTransform}): gentler
 * than {@link LowerCholeskyTransform} for scale parameters. The log-Jacobian is with respect to the
 * lower triangle: {@code sum(log(sigmoid(diag(x))))} (Pyro does not define one).
 *
 * <pre>{@code
 * NDArray scaleTril = new SoftplusLowerCholeskyTransform().forward(x);
 * }</pre>
 */
public final class SoftplusLowerCholeskyTransform implements Transform {
  @Override
  public NDArray forward(NDArray x) {
    NDArray diag = TensorOps.softplus(TensorOps.diagonal(x));
    return TensorOps.tril(x, -1).add(TensorOps.diagEmbed(diag));
  }

  /** Inverts softplus on the diagonal: {@code x = y + log(-expm1(-y))}. */
  @Override
  public NDArray inverse(NDArray y) {
    NDArray d = TensorOps.diagonal(y);
    NDArray diag = d.add(TensorOps.expm1(d.neg()).neg().log());
    return TensorOps.tril(y, -1).add(TensorOps.diagEmbed(diag));
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    return TensorOps.logSigmoid(TensorOps.diagonal(x)).sum(new int[] {-1});
  }

  @Override
  public Constraint domain() {
    return Constraints.independent(Constraints.real(), 2);
  }

  @Override
  public Constraint codomain() {
    return MultivariateConstraints.softplusLowerCholesky();
  }
}
