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
 * The bijection from {@code K - 1} reals onto the {@code K}-simplex by stick breaking ({@code
 * biject_to(simplex)}, torch's {@code StickBreakingTransform}): {@code z_i = sigmoid(x_i - log(K -
 * 1 - i))}, {@code y_i = z_i prod_{j<i} (1 - z_j)}, the last entry takes the rest. The offsets make
 * {@code x = 0} the centre of the simplex.
 *
 * <pre>{@code
 * NDArray p = new StickBreakingTransform().forward(x); // x (..., K-1) -> p (..., K)
 * }</pre>
 */
public final class StickBreakingTransform implements Transform {
  @Override
  public NDArray forward(NDArray x) {
    NDArray shifted = x.sub(offsets(x));
    NDArray z = Precision.clampProbs(TensorOps.sigmoid(shifted));
    NDArray remaining = cumSumLast(TensorOps.log1p(z.neg())).exp();
    NDArray one = x.get("..., :1").onesLike();
    NDArray head = NDArrays.concat(new NDList(z, one), -1);
    NDArray tail = NDArrays.concat(new NDList(one, remaining), -1);
    return head.mul(tail);
  }

  @Override
  public NDArray inverse(NDArray y) {
    NDArray crop = y.get("..., :-1");
    NDArray survival = Precision.atLeast(cumSumLast(crop).neg().add(1), Precision.tiny(y));
    return crop.log().sub(survival.log()).add(offsets(crop));
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    NDArray shifted = x.sub(offsets(x));
    NDArray terms = shifted.neg().add(TensorOps.logSigmoid(shifted)).add(y.get("..., :-1").log());
    return terms.sum(new int[] {-1});
  }

  @Override
  public Constraint domain() {
    return Constraints.realVector();
  }

  @Override
  public Constraint codomain() {
    return MultivariateConstraints.simplex();
  }

  /**
   * {@code log(K - 1 - i)} for {@code i = 0..K-2}, with {@code K - 1} the last dim of {@code x}.
   */
  private static NDArray offsets(NDArray x) {
    int k = (int) x.getShape().get(x.getShape().dimension() - 1);
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      v[i] = Math.log(k - i);
    }
    NDArray out = x.getManager().create(v, new Shape(k));
    return out.toType(x.getDataType(), false);
  }

  /** Cumulative sum along the last axis (MXNet needs a non-negative axis). */
  static NDArray cumSumLast(NDArray x) {
    return x.cumSum(x.getShape().dimension() - 1);
  }
}
