package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The log-normal distribution: {@code exp(X)} for {@code X ~ Normal(loc, scale)}.
 *
 * <pre>{@code
 * NDArray sigma = sample("sigma", new LogNormal(0, 1));
 * }</pre>
 */
public final class LogNormal extends AbstractDistribution {
  private final Normal base;

  /**
   * A log-normal with scalar parameters.
   *
   * @param loc the mean of the log
   * @param scale the standard deviation of the log, positive
   */
  public LogNormal(double loc, double scale) {
    this(new Normal(loc, scale));
  }

  /**
   * A log-normal with array parameters.
   *
   * @param loc the mean of the log
   * @param scale the standard deviation of the log, positive
   */
  public LogNormal(NDArray loc, NDArray scale) {
    this(new Normal(loc, scale));
  }

  private LogNormal(Normal base) {
    super(base.batchShape(), new Shape());
    this.base = base;
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    return base.rsample(sampleShape).exp();
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray logX = value.log();
    return base.logProb(logX).sub(logX);
  }

  @Override
  public Constraint support() {
    return Constraints.positive();
  }

  @Override
  public NDArray mean() {
    return base.loc().add(base.scale().square().mul(0.5)).exp().broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    NDArray s2 = base.scale().square();
    return s2.exp().sub(1).mul(base.loc().mul(2).add(s2).exp()).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return base.entropy().add(base.loc());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return base.cdf(value.log());
  }

  @Override
  public NDArray icdf(NDArray q) {
    return base.icdf(q).exp();
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new LogNormal((Normal) base.expand(checkExpand(batchShape)));
  }
}
