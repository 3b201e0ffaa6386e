package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * The bijection onto {@code ordered_vector}: {@code y_0 = x_0}, {@code y_i = y_(i-1) + exp(x_i)}
 * along the last dimension; {@code log|det J| = sum_(i>=1) x_i}.
 *
 * <pre>{@code
 * NDArray cutpoints = new OrderedTransform().forward(x); // strictly increasing
 * }</pre>
 */
public final class OrderedTransform implements Transform {
  @Override
  public NDArray forward(NDArray x) {
    NDArray head = x.get(new NDIndex("..., :1"));
    NDArray steps = NDArrays.concat(new NDList(head, x.get(new NDIndex("..., 1:")).exp()), -1);
    return steps.cumSum(steps.getShape().dimension() - 1);
  }

  @Override
  public NDArray inverse(NDArray y) {
    NDArray head = y.get(new NDIndex("..., :1"));
    NDArray diffs = y.get(new NDIndex("..., 1:")).sub(y.get(new NDIndex("..., :-1")));
    return NDArrays.concat(new NDList(head, diffs.log()), -1);
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    return x.get(new NDIndex("..., 1:")).sum(new int[] {-1});
  }

  @Override
  public Constraint domain() {
    return Constraints.realVector();
  }

  @Override
  public Constraint codomain() {
    return Constraints.orderedVector();
  }
}
