package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * Drops log-probability terms where a boolean mask is false, Pyro's {@code MaskedDistribution};
 * what {@code mask(m)} returns.
 *
 * <pre>{@code
 * Distribution d = new Normal(mu, 1).expand(new Shape(4)).mask(observedMask);
 * }</pre>
 */
public final class MaskedDistribution extends AbstractDistribution {
  private final Distribution base;
  private final NDArray mask;

  /**
   * Wraps a distribution.
   *
   * @param base the base distribution
   * @param mask a boolean array broadcastable to the base's batch shape
   */
  public MaskedDistribution(Distribution base, NDArray mask) {
    super(
        Distributions.broadcastShapes(base.name(), base.batchShape(), mask.getShape()),
        base.eventShape());
    this.base = base;
    this.mask =
        mask.getDataType() == DataType.BOOLEAN ? mask : mask.toType(DataType.BOOLEAN, false);
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
   * The boolean mask.
   *
   * @return the mask, broadcastable to the batch shape
   */
  public NDArray mask() {
    return mask;
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
    return base.expand(batchShape()).sample(sampleShape);
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    return base.expand(batchShape()).rsample(sampleShape);
  }

  @Override
  public NDArray logProb(NDArray value) {
    NDArray lp = base.logProb(value);
    Shape target = Distributions.broadcastShapes(name(), lp.getShape(), mask.getShape());
    return NDArrays.where(
        mask.broadcast(target), lp.broadcast(target), lp.zerosLike().broadcast(target));
  }

  @Override
  public Constraint support() {
    return base.support();
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
  public NDArray enumerateSupport(boolean expand) {
    return expand ? base.expand(batchShape()).enumerateSupport(true) : base.enumerateSupport(false);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new MaskedDistribution(base.expand(checkExpand(batchShape)), mask);
  }
}
