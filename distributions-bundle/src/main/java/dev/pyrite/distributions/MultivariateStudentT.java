package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.distributions.internal.StandardGamma;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The multivariate Student's t distribution with {@code df} degrees of freedom, location {@code
 * loc} and scale {@code L L^T} (Pyro's {@code MultivariateStudentT}): {@code loc + L z / sqrt(c /
 * df)} with {@code z} standard normal and {@code c ~ Chi2(df)}. Reparameterised (the chi-square
 * draw has implicit gradients). The mean is NaN for {@code df <= 1}; the variance is infinite for
 * {@code 1 < df <= 2} and NaN for {@code df <= 1}, as in Pyro.
 *
 * <pre>{@code
 * NDArray x = sample("x", new MultivariateStudentT(df, loc, scaleTril));
 * }</pre>
 */
public final class MultivariateStudentT extends AbstractDistribution {
  private final NDArray df;
  private final NDArray loc;
  private final NDArray scaleTril;

  /**
   * Creates the distribution.
   *
   * @param df positive degrees of freedom, of a batch shape
   * @param loc the location {@code (..., n)}
   * @param scaleTril lower-triangular scale factor {@code (..., n, n)} with a positive diagonal
   */
  public MultivariateStudentT(NDArray df, NDArray loc, NDArray scaleTril) {
    super(batchOf(df, loc, scaleTril), MultivariateNormal.eventOf(loc));
    validate("df", df, Constraints.positive());
    validate("loc", loc, Constraints.realVector());
    validate("scale_tril", scaleTril, MultivariateConstraints.lowerCholesky());
    this.df = df.broadcast(batchShape());
    this.loc = loc.broadcast(batchShape().addAll(eventShape()));
    this.scaleTril = scaleTril;
  }

  private static Shape batchOf(NDArray df, NDArray loc, NDArray scaleTril) {
    Shape b = MultivariateNormal.batchOf("MultivariateStudentT", loc, scaleTril, "scale_tril");
    return Distributions.broadcastShapes("MultivariateStudentT", df.getShape(), b);
  }

  /**
   * The degrees of freedom.
   *
   * @return df, of the batch shape
   */
  public NDArray df() {
    return df;
  }

  /**
   * The location.
   *
   * @return loc, of shape {@code batchShape + (n)}
   */
  public NDArray loc() {
    return loc;
  }

  /**
   * The scale factor.
   *
   * @return scale_tril as given
   */
  public NDArray scaleTril() {
    return scaleTril;
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    Shape full = shape(sampleShape);
    NDArray z = loc.getManager().randomNormal(0f, 1f, full, loc.getDataType());
    NDArray chi2 = StandardGamma.rsample(df.mul(0.5), sampleShape.addAll(batchShape())).mul(2);
    NDArray root = chi2.div(df).sqrt().expandDims(-1);
    NDArray y = z.div(root);
    return loc.add(scaleTril.matMul(y.expandDims(-1)).squeeze(-1));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    long n = eventShape().get(0);
    NDArray m = MultivariateNormal.mahalanobis(scaleTril, value.sub(loc));
    NDArray normaliser =
        TensorOps.logAbsDetTriangular(scaleTril)
            .add(df.log().mul(0.5 * n))
            .add(0.5 * n * Math.log(Math.PI))
            .add(df.mul(0.5).gammaln())
            .sub(df.add(n).mul(0.5).gammaln());
    return TensorOps.log1p(m.div(df)).mul(df.add(n).mul(-0.5)).sub(normaliser);
  }

  @Override
  public Constraint support() {
    return Constraints.realVector();
  }

  @Override
  public NDArray mean() {
    NDArray undefined = df.lte(1).expandDims(-1).broadcast(loc.getShape());
    return NDArrays.where(undefined, loc.mul(Double.NaN), loc);
  }

  @Override
  public NDArray variance() {
    Shape full = batchShape().addAll(eventShape());
    NDArray ratio = df.div(df.sub(2)).expandDims(-1);
    NDArray v = scaleTril.square().sum(new int[] {-1}).mul(ratio).broadcast(full);
    NDArray infinite = df.lte(2).logicalAnd(df.gt(1)).expandDims(-1).broadcast(full);
    NDArray undefined = df.lte(1).expandDims(-1).broadcast(full);
    NDArray out = NDArrays.where(infinite, v.zerosLike().add(Double.POSITIVE_INFINITY), v);
    return NDArrays.where(undefined, v.zerosLike().add(Double.NaN), out);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    long n = eventShape().get(0);
    return new MultivariateStudentT(
        df.broadcast(b),
        loc.broadcast(b.addAll(eventShape())),
        scaleTril.broadcast(b.add(n).add(n)));
  }
}
