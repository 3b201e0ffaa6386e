package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.IndependentConstraint;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * Reinterprets the rightmost batch dims of a distribution as event dims, Pyro's {@code
 * Independent}; what {@code toEvent(n)} returns.
 *
 * <pre>{@code
 * Distribution d = new Normal(zeros3, ones3).toEvent(1); // batch (), event (3)
 * d.logProb(x);                                         // sums the 3 entries
 * }</pre>
 */
public final class Independent extends AbstractDistribution {
  private final Distribution base;
  private final int reinterpreted;

  /**
   * Wraps a distribution.
   *
   * @param base the base distribution
   * @param reinterpretedBatchNdims how many rightmost batch dims become event dims
   */
  public Independent(Distribution base, int reinterpretedBatchNdims) {
    super(split(base, reinterpretedBatchNdims, true), split(base, reinterpretedBatchNdims, false));
    this.base = base;
    this.reinterpreted = reinterpretedBatchNdims;
  }

  private static Shape split(Distribution base, int n, boolean batch) {
    Shape b = base.batchShape();
    if (n < 0 || n > b.dimension()) {
      throw new IllegalArgumentException(
          base.name()
              + ": toEvent("
              + n
              + ") needs 0 <= n <= the number of batch dims, but batch shape is "
              + b);
    }
    int cut = b.dimension() - n;
    return batch ? b.slice(0, cut) : b.slice(cut).addAll(base.eventShape());
  }

  /**
   * The wrapped distribution.
   *
   * @return the base
   */
  public Distribution base() {
    return base;
  }

  /**
   * How many batch dims were reinterpreted.
   *
   * @return the count
   */
  public int reinterpretedBatchNdims() {
    return reinterpreted;
  }

  @Override
  public String name() {
    return base.name();
  }

  @Override
  public boolean hasRsample() {
    return base.hasRsample();
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    return base.sample(sampleShape);
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    return base.rsample(sampleShape);
  }

  @Override
  public NDArray logProb(NDArray value) {
    return TensorOps.sumRightmost(base.logProb(value), reinterpreted);
  }

  @Override
  public Constraint support() {
    return new IndependentConstraint(base.support(), reinterpreted);
  }

  @Override
  public NDArray mean() {
    return base.mean();
  }

  @Override
  public NDArray variance() {
    return base.variance();
  }

  @Override
  public NDArray entropy() {
    return TensorOps.sumRightmost(base.entropy(), reinterpreted);
  }

  @Override
  public NDArray enumerateSupport(boolean expand) {
    if (reinterpreted > 0) {
      throw new UnsupportedOperationException(
          name()
              + ": enumerateSupport over "
              + reinterpreted
              + " reinterpreted batch dims would enumerate their cartesian product, which is not"
              + " implemented (as in Pyro); enumerate the base distribution instead");
    }
    return base.enumerateSupport(expand);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = base.batchShape();
    Shape moved = b.slice(b.dimension() - reinterpreted);
    return new Independent(base.expand(checkExpand(batchShape).addAll(moved)), reinterpreted);
  }

  @Override
  public Distribution toEvent(int more) {
    return more == 0 ? this : new Independent(base, reinterpreted + more);
  }
}
