package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.spi.Constraint;

/**
 * Lower-triangular matrices with a positive diagonal, like {@code lower_cholesky}, but reached by
 * {@code transformTo} through a softplus of the diagonal instead of an exponential: Pyro's {@code
 * softplus_lower_cholesky}. Event dim 2.
 *
 * <pre>{@code
 * NDArray l = param("scale_tril", init, MultivariateConstraints.softplusLowerCholesky());
 * }</pre>
 */
public final class SoftplusLowerCholesky implements Constraint {
  static final SoftplusLowerCholesky INSTANCE = new SoftplusLowerCholesky();

  private SoftplusLowerCholesky() {}

  @Override
  public String name() {
    return "softplus_lower_cholesky";
  }

  @Override
  public int eventDim() {
    return 2;
  }

  @Override
  public NDArray check(NDArray value) {
    EventChecks.requireDims(name(), value, 2);
    return EventChecks.lowerTriangular(value, TensorOps.diagonal(value).gt(0));
  }

  @Override
  public String toString() {
    return name();
  }
}
