package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The chi-squared distribution with {@code df} degrees of freedom: {@code Gamma(df / 2, 1 / 2)}.
 *
 * <pre>{@code
 * NDArray q = sample("q", new Chi2(3));
 * }</pre>
 */
public final class Chi2 extends AbstractDistribution {
  private final NDArray df;
  private final Gamma gamma;

  /**
   * A chi-squared with scalar degrees of freedom.
   *
   * @param df the degrees of freedom, positive
   */
  public Chi2(double df) {
    this(Distributions.scalar(df, null));
  }

  /**
   * A chi-squared with array degrees of freedom.
   *
   * @param df the degrees of freedom, positive
   */
  public Chi2(NDArray df) {
    super(df.getShape(), new Shape());
    this.df = validate("df", df, Constraints.positive());
    this.gamma = new Gamma(df.mul(0.5), Distributions.scalar(0.5, df).broadcast(df.getShape()));
  }

  /**
   * The degrees of freedom.
   *
   * @return df
   */
  public NDArray df() {
    return df;
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    return gamma.rsample(sampleShape);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    return gamma.logProb(value);
  }

  @Override
  public Constraint support() {
    return Constraints.nonnegative();
  }

  @Override
  public NDArray mean() {
    return gamma.mean();
  }

  @Override
  public NDArray variance() {
    return gamma.variance();
  }

  @Override
  public NDArray entropy() {
    return gamma.entropy();
  }

  @Override
  public NDArray cdf(NDArray value) {
    return gamma.cdf(value);
  }

  @Override
  public NDArray icdf(NDArray q) {
    return gamma.icdf(q);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new Chi2(df.broadcast(checkExpand(batchShape)));
  }
}
