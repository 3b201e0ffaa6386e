package dev.pyrite.itests.support;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.AbstractDistribution;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/** The uniform distribution on a {@link Band}, written against Pyrite's exported API only. */
public final class BandUniform extends AbstractDistribution {
  private final NDArray low;
  private final NDArray high;
  private final Band band;

  BandUniform(double low, double high, NDArray like) {
    this(
        like.getManager().create((float) low),
        like.getManager().create((float) high),
        new Band(low, high));
  }

  private BandUniform(NDArray low, NDArray high, Band band) {
    super(low.getShape(), new Shape());
    this.low = low;
    this.high = high;
    this.band = band;
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    NDArray u = low.getManager().randomUniform(0f, 1f, shape(sampleShape), low.getDataType());
    return u.mul(high.sub(low)).add(low);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    return value.zerosLike().sub(high.sub(low).log());
  }

  @Override
  public Constraint support() {
    return band;
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new BandUniform(low.broadcast(b), high.broadcast(b), band);
  }
}
