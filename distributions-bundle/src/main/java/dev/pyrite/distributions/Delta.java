package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.IndependentConstraint;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * A point mass at {@code value} carrying a log-density, Pyro's {@code Delta}: autoguides use it to
 * emit a transformed value whose log-probability is the log-Jacobian term. As in Pyro, {@code
 * logProb} is {@code logDensity} at {@code value} and {@code -inf} elsewhere.
 *
 * <pre>{@code
 * sample("p", new Delta(p, logDensity, 0));
 * }</pre>
 */
public final class Delta extends AbstractDistribution {
  private final NDArray value;
  private final NDArray logDensity;
  private final int eventDim;

  /**
   * A point mass with zero log-density whose whole value is one event.
   *
   * @param value the value
   */
  public Delta(NDArray value) {
    this(value, null, value.getShape().dimension());
  }

  /**
   * A point mass with a log-density.
   *
   * @param value the value
   * @param logDensity the log-density, of shape {@code batchShape}, or {@code null} for zero
   * @param eventDim how many rightmost dims of {@code value} form one event
   */
  public Delta(NDArray value, NDArray logDensity, int eventDim) {
    super(
        value.getShape().slice(0, value.getShape().dimension() - eventDim),
        value.getShape().slice(value.getShape().dimension() - eventDim));
    this.value = value;
    this.logDensity = logDensity;
    this.eventDim = eventDim;
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    return sampleShape.dimension() == 0 ? value : value.broadcast(shape(sampleShape));
  }

  @Override
  public NDArray logProb(NDArray x) {
    NDArray same = x.eq(value);
    for (int i = 0; i < eventDim; i++) {
      same = same.toType(DataType.INT32, false).min(new int[] {-1}).gt(0);
    }
    NDArray lp =
        Ops.where(
            same, Distributions.scalar(0, x), Distributions.scalar(Double.NEGATIVE_INFINITY, x));
    return logDensity == null ? lp : lp.add(logDensity);
  }

  @Override
  public Constraint support() {
    return eventDim == 0
        ? Constraints.real()
        : new IndependentConstraint(Constraints.real(), eventDim);
  }

  @Override
  public NDArray mean() {
    return value;
  }

  @Override
  public NDArray variance() {
    return value.zerosLike();
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    NDArray v = value.broadcast(b.addAll(eventShape()));
    return new Delta(v, logDensity == null ? null : logDensity.broadcast(b), eventDim);
  }
}
