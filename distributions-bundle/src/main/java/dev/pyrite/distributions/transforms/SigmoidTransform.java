package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * {@code y = 1 / (1 + exp(-x))}, the bijection onto the unit interval. Like torch, the output is
 * clipped into the open interval so that it stays inside the support in finite precision.
 *
 * <pre>{@code
 * new SigmoidTransform().forward(x);
 * }</pre>
 */
public final class SigmoidTransform implements Transform {
  @Override
  public NDArray forward(NDArray x) {
    return Precision.clampProbs(TensorOps.sigmoid(x));
  }

  @Override
  public NDArray inverse(NDArray y) {
    NDArray c = Precision.clampProbs(y);
    return TensorOps.logit(c);
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    return TensorOps.softplus(x.neg()).add(TensorOps.softplus(x)).neg();
  }

  @Override
  public Constraint domain() {
    return Constraints.real();
  }

  @Override
  public Constraint codomain() {
    return Constraints.unitInterval();
  }
}
