package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Elementwise;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.distributions.internal.SpecialFunctions;
import dev.pyrite.distributions.internal.StandardGamma;
import dev.pyrite.distributions.transforms.Precision;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The F distribution with {@code df1} and {@code df2} degrees of freedom: {@code (U / df1) / (V /
 * df2)} for independent chi-squared {@code U}, {@code V}. As in torch the mean is NaN for {@code
 * df2 <= 2} and the variance NaN for {@code df2 <= 4}. The entropy is the closed form with digamma;
 * {@code cdf}/{@code icdf} go through the regularised incomplete beta function, without gradients.
 *
 * <pre>{@code
 * NDArray f = sample("f", new FisherSnedecor(5, 10));
 * }</pre>
 */
public final class FisherSnedecor extends AbstractDistribution {
  private final NDArray df1;
  private final NDArray df2;

  /**
   * An F distribution with scalar degrees of freedom.
   *
   * @param df1 the numerator degrees of freedom, positive
   * @param df2 the denominator degrees of freedom, positive
   */
  public FisherSnedecor(double df1, double df2) {
    this(Distributions.scalar(df1, null), Distributions.scalar(df2, null));
  }

  /**
   * An F distribution with array degrees of freedom, broadcast together.
   *
   * @param df1 the numerator degrees of freedom, positive
   * @param df2 the denominator degrees of freedom, positive
   */
  public FisherSnedecor(NDArray df1, NDArray df2) {
    super(
        Distributions.broadcastShapes("FisherSnedecor", df1.getShape(), df2.getShape()),
        new Shape());
    this.df1 = validate("df1", df1, Constraints.positive());
    this.df2 = validate("df2", df2, Constraints.positive());
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    Shape s = shape(sampleShape);
    NDArray x1 = StandardGamma.rsample(df1.mul(0.5), s).div(df1.mul(0.5));
    NDArray x2 = StandardGamma.rsample(df2.mul(0.5), s).div(df2.mul(0.5));
    double tiny = Precision.tiny(x1);
    return Precision.atLeast(x1.div(Precision.atLeast(x2, tiny)), tiny);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray ct1 = df1.mul(0.5);
    NDArray ct2 = df2.mul(0.5);
    NDArray ct3 = df1.div(df2);
    NDArray t1 = ct1.add(ct2).gammaln().sub(ct1.gammaln()).sub(ct2.gammaln());
    NDArray t2 = ct1.mul(ct3.log()).add(ct1.sub(1).mul(value.log()));
    NDArray t3 = ct1.add(ct2).mul(TensorOps.log1p(ct3.mul(value)));
    return t1.add(t2).sub(t3);
  }

  @Override
  public Constraint support() {
    return Constraints.positive();
  }

  @Override
  public NDArray mean() {
    NDArray d2 = df2.broadcast(batchShape());
    return Ops.where(d2.gt(2), d2.div(d2.sub(2)), Double.NaN);
  }

  @Override
  public NDArray variance() {
    NDArray d1 = df1.broadcast(batchShape());
    NDArray d2 = df2.broadcast(batchShape());
    NDArray v =
        d2.square().mul(2).mul(d1.add(d2).sub(2)).div(d1.mul(d2.sub(2).square()).mul(d2.sub(4)));
    return Ops.where(d2.gt(4), v, Double.NaN);
  }

  @Override
  public NDArray entropy() {
    NDArray a = df1.mul(0.5);
    NDArray b = df2.mul(0.5);
    NDArray ab = a.add(b);
    return a.gammaln()
        .add(b.gammaln())
        .sub(ab.gammaln())
        .add(a.neg().add(1).mul(TensorOps.digamma(a)))
        .sub(b.add(1).mul(TensorOps.digamma(b)))
        .add(ab.mul(TensorOps.digamma(ab)))
        .add(df2.div(df1).log())
        .broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return Elementwise.map(
        v -> SpecialFunctions.betaI(v[1] * v[0] / (v[1] * v[0] + v[2]), v[1] / 2, v[2] / 2),
        value,
        df1,
        df2);
  }

  @Override
  public NDArray icdf(NDArray q) {
    return Elementwise.map(
        v -> {
          double y = SpecialFunctions.inverseBetaI(v[0], v[1] / 2, v[2] / 2);
          return v[2] * y / (v[1] * (1 - y));
        },
        q,
        df1,
        df2);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new FisherSnedecor(df1.broadcast(b), df2.broadcast(b));
  }
}
