package dev.pyrite.distributions.thirdparty;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.AbstractDistribution;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/** A third party's family with support {@link AboveTwo}: {@code 2 + Exponential(rate)}. */
public final class ShiftedExponential extends AbstractDistribution {
  private final NDArray rate;

  /**
   * Creates the distribution.
   *
   * @param rate the rate, positive
   */
  public ShiftedExponential(NDArray rate) {
    super(rate.getShape(), new Shape());
    this.rate = validate("rate", rate, Constraints.positive());
  }

  /**
   * The rate.
   *
   * @return rate
   */
  public NDArray rate() {
    return rate;
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    NDArray u = rate.getManager().randomUniform(1e-12f, 1f, shape(sampleShape), rate.getDataType());
    return u.log().neg().div(rate).add(2);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    return rate.log().sub(rate.mul(value.sub(2)));
  }

  @Override
  public Constraint support() {
    return AboveTwo.INSTANCE;
  }

  @Override
  public NDArray mean() {
    return rate.pow(-1).add(2);
  }

  @Override
  public NDArray variance() {
    return rate.pow(-2);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new ShiftedExponential(rate.broadcast(checkExpand(batchShape)));
  }
}
