package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * From square matrices onto unit lower-triangular matrices: keeps the strictly lower triangle and
 * puts ones on the diagonal ({@code transform_to(unit_lower_cholesky)}, Pyro's {@code
 * UnitLowerCholeskyTransform}). The inverse returns {@code y} itself, as Pyro does; the map is the
 * identity on the strictly lower triangle, so its log-Jacobian there is 0.
 *
 * <pre>{@code
 * NDArray l = new UnitLowerCholeskyTransform().forward(x);
 * }</pre>
 */
public final class UnitLowerCholeskyTransform implements Transform {
  @Override
  public NDArray forward(NDArray x) {
    NDArray diag = TensorOps.diagonal(x).onesLike();
    return TensorOps.tril(x, -1).add(TensorOps.diagEmbed(diag));
  }

  @Override
  public NDArray inverse(NDArray y) {
    return y;
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    Shape s = x.getShape();
    return x.getManager().zeros(s.slice(0, s.dimension() - 2), x.getDataType());
  }

  @Override
  public Constraint domain() {
    return Constraints.independent(Constraints.real(), 2);
  }

  @Override
  public Constraint codomain() {
    return MultivariateConstraints.unitLowerCholesky();
  }
}
