package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * Wraps a transform so that its rightmost {@code n} dimensions form one event: the same forward and
 * inverse, the log-Jacobian summed over those dimensions (torch's {@code IndependentTransform},
 * what {@code biject_to(independent(c, n))} returns).
 *
 * <pre>{@code
 * Transform t = new IndependentTransform(new ExpTransform(), 1); // one log-det per vector
 * }</pre>
 */
public final class IndependentTransform implements Transform {
  private final Transform base;
  private final int reinterpreted;

  /**
   * Wraps a transform.
   *
   * @param base the transform
   * @param reinterpretedBatchNdims how many more rightmost dims form one event
   */
  public IndependentTransform(Transform base, int reinterpretedBatchNdims) {
    if (reinterpretedBatchNdims < 0) {
      throw new IllegalArgumentException(
          "IndependentTransform needs reinterpretedBatchNdims >= 0, got "
              + reinterpretedBatchNdims);
    }
    this.base = base;
    this.reinterpreted = reinterpretedBatchNdims;
  }

  /**
   * The wrapped transform.
   *
   * @return the base
   */
  public Transform base() {
    return base;
  }

  @Override
  public NDArray forward(NDArray x) {
    return base.forward(x);
  }

  @Override
  public NDArray inverse(NDArray y) {
    return base.inverse(y);
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    return TensorOps.sumRightmost(base.logAbsDetJacobian(x, y), reinterpreted);
  }

  @Override
  public Constraint domain() {
    return Constraints.independent(base.domain(), reinterpreted);
  }

  @Override
  public Constraint codomain() {
    return Constraints.independent(base.codomain(), reinterpreted);
  }
}
