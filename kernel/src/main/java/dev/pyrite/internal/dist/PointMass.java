package dev.pyrite.internal.dist;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The point mass behind {@code deterministic}: the whole value is one event, so its log-probability
 * is a scalar zero (Pyro's {@code Delta(v, event_dim=v.dim())}).
 */
public final class PointMass implements Distribution {
  private final NDArray value;

  /**
   * Creates the point mass.
   *
   * @param value the value, all of it one event
   */
  public PointMass(NDArray value) {
    this.value = value;
  }

  @Override
  public String name() {
    return "Delta";
  }

  @Override
  public Shape batchShape() {
    return new Shape();
  }

  @Override
  public Shape eventShape() {
    return value.getShape();
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    return value.stopGradient().broadcast(shape(sampleShape));
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    return value.broadcast(shape(sampleShape));
  }

  @Override
  public NDArray logProb(NDArray x) {
    Shape s = x.getShape();
    Shape batch = s.slice(0, s.dimension() - value.getShape().dimension());
    return x.getManager().zeros(batch, x.getDataType());
  }

  @Override
  public Constraint support() {
    return RealSupport.INSTANCE;
  }

  @Override
  public Distribution expand(Shape batchShape) {
    // the whole value is one event with zero log-density, so plates leave it as it is
    return this;
  }

  @Override
  public Distribution toEvent(int reinterpretedBatchNdims) {
    return this;
  }

  @Override
  public Distribution mask(NDArray mask) {
    return this;
  }
}
