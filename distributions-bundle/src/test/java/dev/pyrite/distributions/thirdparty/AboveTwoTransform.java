package dev.pyrite.distributions.thirdparty;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/** The third party's bijection onto {@link AboveTwo}: {@code y = 2 + softplus(x)}. */
public final class AboveTwoTransform implements Transform {
  @Override
  public NDArray forward(NDArray x) {
    return TensorOps.softplus(x).add(2);
  }

  @Override
  public NDArray inverse(NDArray y) {
    NDArray s = y.sub(2);
    return s.add(TensorOps.expm1(s.neg()).neg().log());
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    return TensorOps.logSigmoid(x);
  }

  @Override
  public Constraint domain() {
    return Constraints.real();
  }

  @Override
  public Constraint codomain() {
    return AboveTwo.INSTANCE;
  }
}
