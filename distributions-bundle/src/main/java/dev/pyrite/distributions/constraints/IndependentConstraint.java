package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.spi.Constraint;

/**
 * A base constraint whose rightmost dims form one event: a value is valid when all entries of its
 * event are (Pyro's {@code independent}).
 *
 * <pre>{@code
 * new IndependentConstraint(Constraints.positive(), 1).check(x); // all(x > 0, axis -1)
 * }</pre>
 */
public final class IndependentConstraint implements Constraint {
  private final Constraint base;
  private final int reinterpreted;

  /**
   * Creates the constraint.
   *
   * @param base the elementwise constraint
   * @param reinterpreted how many more dims form one event
   */
  public IndependentConstraint(Constraint base, int reinterpreted) {
    this.base = base;
    this.reinterpreted = reinterpreted;
  }

  /**
   * The base constraint.
   *
   * @return the base
   */
  public Constraint base() {
    return base;
  }

  @Override
  public String name() {
    return "independent(" + base.name() + ", " + reinterpreted + ")";
  }

  @Override
  public int eventDim() {
    return base.eventDim() + reinterpreted;
  }

  @Override
  public boolean isDiscrete() {
    return base.isDiscrete();
  }

  @Override
  public NDArray check(NDArray value) {
    NDArray ok = base.check(value);
    for (int i = 0; i < reinterpreted; i++) {
      ok = ok.toType(DataType.INT32, false).min(new int[] {-1}).gt(0);
    }
    return ok;
  }
}
