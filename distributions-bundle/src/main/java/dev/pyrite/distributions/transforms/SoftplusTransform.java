package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * {@code y = log(1 + exp(x))}, the bijection onto {@code softplus_positive}; its inverse is {@code
 * x = y + log(-expm1(-y))} and {@code log|dy/dx| = -softplus(-x)}.
 *
 * <pre>{@code
 * new SoftplusTransform().forward(x);
 * }</pre>
 */
public final class SoftplusTransform implements Transform {
  @Override
  public NDArray forward(NDArray x) {
    return TensorOps.softplus(x);
  }

  @Override
  public NDArray inverse(NDArray y) {
    return y.add(TensorOps.expm1(y.neg()).neg().log());
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    return TensorOps.softplus(x.neg()).neg();
  }

  @Override
  public Constraint domain() {
    return Constraints.real();
  }

  @Override
  public Constraint codomain() {
    return Constraints.softplusPositive();
  }
}
