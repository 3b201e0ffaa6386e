package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;

/**
 * Vectors of non-negative entries that sum to 1 (within 1e-6), the support of Dirichlet: Pyro's
 * {@code simplex}. Event dim 1.
 *
 * <pre>{@code
 * MultivariateConstraints.simplex().check(p); // all(p >= 0) and |sum(p) - 1| < 1e-6
 * }</pre>
 */
public final class Simplex implements Constraint {
  static final Simplex INSTANCE = new Simplex();

  private Simplex() {}

  @Override
  public String name() {
    return "simplex";
  }

  @Override
  public int eventDim() {
    return 1;
  }

  @Override
  public NDArray check(NDArray value) {
    EventChecks.requireDims(name(), value, 1);
    NDArray nonNegative = EventChecks.all(value.gte(0), 1);
    NDArray sumsToOne = value.sum(new int[] {-1}).sub(1).abs().lt(1e-6);
    return nonNegative.logicalAnd(sumsToOne);
  }

  @Override
  public String toString() {
    return name();
  }
}
