package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.spi.Constraint;

/**
 * Symmetric positive-definite matrices: symmetric within {@code |a - a^T| <= 1e-6 + 1e-5 |a^T|}
 * (torch's {@code isclose}) and with a Cholesky factor: Pyro's {@code positive_definite}, the
 * support of Wishart and the constraint of covariance matrices. Event dim 2.
 *
 * <pre>{@code
 * MultivariateConstraints.positiveDefinite().check(cov);
 * }</pre>
 */
public final class PositiveDefinite implements Constraint {
  static final PositiveDefinite INSTANCE = new PositiveDefinite();

  private PositiveDefinite() {}

  @Override
  public String name() {
    return "positive_definite";
  }

  @Override
  public int eventDim() {
    return 2;
  }

  @Override
  public NDArray check(NDArray value) {
    EventChecks.requireDims(name(), value, 2);
    return symmetric(value).logicalAnd(TensorOps.isPositiveDefinite(value));
  }

  /**
   * Whether matrices are symmetric within torch's {@code isclose} tolerances.
   *
   * @param value matrices {@code (..., n, n)}
   * @return booleans {@code (...)}
   */
  static NDArray symmetric(NDArray value) {
    NDArray v = value.stopGradient();
    NDArray t = v.swapAxes(-1, -2);
    return EventChecks.all(v.sub(t).abs().lte(t.abs().mul(1e-5).add(1e-6)), 2);
  }

  @Override
  public String toString() {
    return name();
  }
}
