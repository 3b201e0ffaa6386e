package dev.pyrite.internal.dist;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The observed pseudo-distribution behind {@code factor}: its log-probability is a given
 * log-weight, whatever the value (Pyro's {@code Unit}).
 */
public final class UnitFactor implements Distribution {
  private final NDArray logWeight;
  private final int eventDims;

  /**
   * Creates the factor.
   *
   * @param logWeight the log-weight, its shape is the batch shape
   */
  public UnitFactor(NDArray logWeight) {
    this(logWeight, 0);
  }

  private UnitFactor(NDArray logWeight, int eventDims) {
    this.logWeight = logWeight;
    this.eventDims = eventDims;
  }

  @Override
  public String name() {
    return "Unit";
  }

  @Override
  public Shape batchShape() {
    Shape s = logWeight.getShape();
    return s.slice(0, s.dimension() - eventDims);
  }

  @Override
  public Shape eventShape() {
    Shape s = logWeight.getShape();
    return s.slice(s.dimension() - eventDims);
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    return logWeight.zerosLike().broadcast(shape(sampleShape));
  }

  @Override
  public NDArray logProb(NDArray value) {
    NDArray lp = logWeight;
    for (int i = 0; i < eventDims; i++) {
      lp = lp.sum(new int[] {-1});
    }
    return lp;
  }

  @Override
  public Constraint support() {
    return RealSupport.INSTANCE;
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new UnitFactor(logWeight.broadcast(batchShape.addAll(eventShape())), eventDims);
  }

  @Override
  public Distribution toEvent(int reinterpretedBatchNdims) {
    return new UnitFactor(logWeight, eventDims + reinterpretedBatchNdims);
  }

  @Override
  public Distribution mask(NDArray mask) {
    NDArray m = mask.toType(logWeight.getDataType(), false);
    return new UnitFactor(logWeight.mul(m), eventDims);
  }
}
