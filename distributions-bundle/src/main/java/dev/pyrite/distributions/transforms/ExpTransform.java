package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * {@code y = exp(x)}, the bijection onto the positive reals.
 *
 * <pre>{@code
 * new ExpTransform().forward(x); // exp(x)
 * }</pre>
 */
public final class ExpTransform implements Transform {
  @Override
  public NDArray forward(NDArray x) {
    return x.exp();
  }

  @Override
  public NDArray inverse(NDArray y) {
    return y.log();
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    return x;
  }

  @Override
  public Constraint domain() {
    return Constraints.real();
  }

  @Override
  public Constraint codomain() {
    return Constraints.positive();
  }
}
