package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * {@code y = x}, the bijection onto the real line.
 *
 * <pre>{@code
 * new IdentityTransform().forward(x); // x
 * }</pre>
 */
public final class IdentityTransform implements Transform {
  @Override
  public NDArray forward(NDArray x) {
    return x;
  }

  @Override
  public NDArray inverse(NDArray y) {
    return y;
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    return x.zerosLike();
  }

  @Override
  public Constraint domain() {
    return Constraints.real();
  }

  @Override
  public Constraint codomain() {
    return Constraints.real();
  }
}
