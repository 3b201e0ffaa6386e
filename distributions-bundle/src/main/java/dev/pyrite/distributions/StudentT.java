package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.distributions.internal.Elementwise;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.distributions.internal.SpecialFunctions;
import dev.pyrite.distributions.internal.StandardGamma;
import dev.pyrite.distributions.transforms.Precision;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * Student's t distribution with {@code df} degrees of freedom, location and scale: {@code loc +
 * scale Z / sqrt(V / df)} with {@code Z ~ Normal(0, 1)}, {@code V ~ Chi2(df)}. As in torch the mean
 * is NaN for {@code df <= 1}; the variance is infinite for {@code 1 < df <= 2} and NaN for {@code
 * df <= 1}. Reparameterised (implicitly through the chi-squared draw); {@code cdf}/{@code icdf}
 * (which torch lacks) go through the regularised incomplete beta function, without gradients.
 *
 * <pre>{@code
 * NDArray y = sample("y", new StudentT(4, mu, sigma), obs);
 * }</pre>
 */
public final class StudentT extends AbstractDistribution {
  private final NDArray df;
  private final NDArray loc;
  private final NDArray scale;

  /**
   * A Student's t with scalar parameters.
   *
   * @param df the degrees of freedom, positive
   * @param loc the location
   * @param scale the scale, positive
   */
  public StudentT(double df, double loc, double scale) {
    this(
        Distributions.scalar(df, null),
        Distributions.scalar(loc, null),
        Distributions.scalar(scale, null));
  }

  /**
   * A Student's t with array parameters, broadcast together.
   *
   * @param df the degrees of freedom, positive
   * @param loc the location
   * @param scale the scale, positive
   */
  public StudentT(NDArray df, NDArray loc, NDArray scale) {
    super(
        Distributions.broadcastShapes("StudentT", df.getShape(), loc.getShape(), scale.getShape()),
        new Shape());
    this.df = validate("df", df, Constraints.positive());
    this.loc = validate("loc", loc, Constraints.real());
    this.scale = validate("scale", scale, Constraints.positive());
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    Shape s = shape(sampleShape);
    NDArray z = Draws.normal(loc, s);
    NDArray chi2 = StandardGamma.rsample(df.mul(0.5), s).mul(2);
    NDArray y = z.div(Precision.atLeast(chi2, Precision.tiny(chi2)).div(df).sqrt());
    return y.mul(scale).add(loc);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray y = value.sub(loc).div(scale);
    NDArray z =
        scale
            .log()
            .add(df.log().mul(0.5))
            .add(0.5 * Math.log(Math.PI))
            .add(df.mul(0.5).gammaln())
            .sub(df.add(1).mul(0.5).gammaln());
    return TensorOps.log1p(y.square().div(df)).mul(df.add(1).mul(-0.5)).sub(z);
  }

  @Override
  public Constraint support() {
    return Constraints.real();
  }

  @Override
  public NDArray mean() {
    NDArray d = df.broadcast(batchShape());
    return Ops.where(d.gt(1), loc.broadcast(batchShape()), Double.NaN);
  }

  @Override
  public NDArray variance() {
    NDArray d = df.broadcast(batchShape());
    NDArray finite = scale.square().mul(d).div(d.sub(2));
    NDArray heavy =
        Ops.where(d.gt(1), Ops.full(d, batchShape(), Double.POSITIVE_INFINITY), Double.NaN);
    return Ops.where(d.gt(2), finite, heavy);
  }

  @Override
  public NDArray entropy() {
    NDArray half = df.mul(0.5);
    NDArray halfUp = df.add(1).mul(0.5);
    NDArray lbeta = half.gammaln().add(0.5 * Math.log(Math.PI)).sub(halfUp.gammaln());
    return scale
        .log()
        .add(halfUp.mul(TensorOps.digamma(halfUp).sub(TensorOps.digamma(half))))
        .add(df.log().mul(0.5))
        .add(lbeta)
        .broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return Elementwise.map(v -> cdf(v[1], (v[0] - v[2]) / v[3]), value, df, loc, scale);
  }

  @Override
  public NDArray icdf(NDArray q) {
    return Elementwise.map(v -> v[2] + v[3] * quantile(v[1], v[0]), q, df, loc, scale);
  }

  private static double cdf(double nu, double t) {
    double tail = 0.5 * SpecialFunctions.betaI(nu / (nu + t * t), nu / 2, 0.5);
    return t > 0 ? 1 - tail : tail;
  }

  private static double quantile(double nu, double p) {
    if (p == 0.5) {
      return 0;
    }
    double tail = Math.min(p, 1 - p);
    double t;
    if (tail < 0.25) {
      double x = SpecialFunctions.inverseBetaI(2 * tail, nu / 2, 0.5);
      t = Math.sqrt(nu * (1 - x) / x);
    } else {
      double y = SpecialFunctions.inverseBetaI(1 - 2 * tail, 0.5, nu / 2);
      t = Math.sqrt(nu * y / (1 - y));
    }
    return p < 0.5 ? -t : t;
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new StudentT(df.broadcast(b), loc.broadcast(b), scale.broadcast(b));
  }
}
