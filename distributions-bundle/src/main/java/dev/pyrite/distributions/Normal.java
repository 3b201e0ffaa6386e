package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;

/**
 * The normal distribution, density {@code exp(-(x - loc)^2 / (2 scale^2)) / (scale sqrt(2 pi))}.
 *
 * <pre>{@code
 * NDArray z = sample("z", new Normal(0, 1));
 * }</pre>
 */
public final class Normal extends LocScaleDistribution {
  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

  /**
   * A normal with scalar parameters.
   *
   * @param loc the mean
   * @param scale the standard deviation, positive
   */
  public Normal(double loc, double scale) {
    this(Distributions.scalar(loc, null), Distributions.scalar(scale, null));
  }

  /**
   * A normal with an array mean.
   *
   * @param loc the mean
   * @param scale the standard deviation, positive
   */
  public Normal(NDArray loc, double scale) {
    this(loc, Distributions.scalar(scale, loc));
  }

  /**
   * A normal with array parameters, broadcast together.
   *
   * @param loc the mean
   * @param scale the standard deviation, positive
   */
  public Normal(NDArray loc, NDArray scale) {
    super("Normal", loc, scale);
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    NDArray eps = loc.getManager().randomNormal(0f, 1f, shape(sampleShape), loc.getDataType());
    return eps.mul(scale).add(loc);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray z = value.sub(loc).div(scale);
    return z.square().mul(-0.5).sub(scale.log()).sub(HALF_LOG_2PI);
  }

  @Override
  public Constraint support() {
    return Constraints.real();
  }

  @Override
  public NDArray mean() {
    return loc.broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    return scale.square().broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return scale.log().add(0.5 + HALF_LOG_2PI).broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return value.sub(loc).div(scale.mul(Math.sqrt(2))).erf().add(1).mul(0.5);
  }

  @Override
  public NDArray icdf(NDArray q) {
    return q.mul(2).sub(1).erfinv().mul(scale).mul(Math.sqrt(2)).add(loc);
  }

  @Override
  public Normal withLocScale(NDArray loc, NDArray scale) {
    return new Normal(loc, scale);
  }
}
