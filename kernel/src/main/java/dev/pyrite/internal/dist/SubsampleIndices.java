package dev.pyrite.internal.dist;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The pseudo-distribution of a subsampled plate's indices (Pyro's {@code _Subsample}): a draw is
 * {@code subsampleSize} distinct indices of {@code 0 .. size-1}, and its log-probability is zero,
 * so the rescaled log-likelihood stays an unbiased estimate of the full one.
 */
public final class SubsampleIndices implements Distribution {
  private final long size;
  private final long subsampleSize;

  /**
   * Creates the distribution.
   *
   * @param size the full size
   * @param subsampleSize how many indices a draw has
   */
  public SubsampleIndices(long size, long subsampleSize) {
    this.size = size;
    this.subsampleSize = subsampleSize;
  }

  @Override
  public String name() {
    return "_Subsample";
  }

  @Override
  public Shape batchShape() {
    return new Shape();
  }

  @Override
  public Shape eventShape() {
    return new Shape(subsampleSize);
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    if (sampleShape.dimension() > 0) {
      throw new UnsupportedOperationException("a plate draws one subsample at a time");
    }
    return Backend.manager()
        .randomUniform(0f, 1f, new Shape(size))
        .argSort()
        .get(new NDIndex(":" + subsampleSize))
        .toType(DataType.INT64, false);
  }

  @Override
  public NDArray logProb(NDArray value) {
    return Backend.scalar(0);
  }

  @Override
  public Constraint support() {
    return RealSupport.INSTANCE;
  }

  @Override
  public Distribution expand(Shape batchShape) {
    if (batchShape.dimension() == 0) {
      return this;
    }
    throw new UnsupportedOperationException("subsample indices are not batched");
  }

  @Override
  public Distribution toEvent(int reinterpretedBatchNdims) {
    if (reinterpretedBatchNdims == 0) {
      return this;
    }
    throw new UnsupportedOperationException("subsample indices have no batch dims");
  }

  @Override
  public Distribution mask(NDArray mask) {
    return this;
  }
}
