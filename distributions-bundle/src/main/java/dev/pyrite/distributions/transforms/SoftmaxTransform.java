package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * {@code y = softmax(x)} along the last axis, from {@code K} reals onto the {@code K}-simplex
 * ({@code transform_to(simplex)}, torch's {@code SoftmaxTransform}). Not a bijection: adding a
 * constant to {@code x} leaves {@code y} unchanged; the inverse returns the pre-image {@code
 * log(y)}, and there is no log-Jacobian (use {@link StickBreakingTransform}, {@code
 * bijectTo(simplex)}, where a density must be transformed).
 *
 * <pre>{@code
 * NDArray probs = new SoftmaxTransform().forward(logits);
 * }</pre>
 */
public final class SoftmaxTransform implements Transform {
  @Override
  public NDArray forward(NDArray x) {
    return x.softmax(-1);
  }

  @Override
  public NDArray inverse(NDArray y) {
    return y.log();
  }

  /**
   * Not defined: softmax maps {@code K} dims onto a {@code K - 1}-dimensional simplex.
   *
   * @throws UnsupportedOperationException always, naming the bijection to use instead
   */
  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    throw new UnsupportedOperationException(
        "SoftmaxTransform (transformTo(simplex)) is not a bijection and has no log-Jacobian; use"
            + " StickBreakingTransform (bijectTo(simplex)) to transform a density");
  }

  @Override
  public Constraint domain() {
    return Constraints.realVector();
  }

  @Override
  public Constraint codomain() {
    return MultivariateConstraints.simplex();
  }
}
