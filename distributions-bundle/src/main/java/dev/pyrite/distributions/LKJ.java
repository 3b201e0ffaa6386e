package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.distributions.transforms.CorrMatrixCholeskyTransform;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The LKJ distribution over {@code dim x dim} correlation matrices {@code C}, density proportional
 * to {@code det(C)^(eta - 1)} (Pyro's {@code LKJ}): the image of {@link LKJCholesky} under {@code L
 * -> L L^T}, so {@code log p(C) = log p_chol(L) - log|det J_(L -> C)|} with {@code L =
 * cholesky(C)}. Its mean is the identity.
 *
 * <pre>{@code
 * NDArray corr = sample("corr", new LKJ(3, 2.0));
 * }</pre>
 */
public final class LKJ extends AbstractDistribution {
  private final LKJCholesky base;
  private final CorrMatrixCholeskyTransform cholesky = new CorrMatrixCholeskyTransform();

  /**
   * An LKJ distribution with a scalar concentration.
   *
   * @param dim the matrix size, at least 2
   * @param concentration {@code eta > 0}; 1 is uniform over correlation matrices
   */
  public LKJ(int dim, double concentration) {
    this(dim, Distributions.scalar(concentration, null));
  }

  /**
   * An LKJ distribution with batched concentrations.
   *
   * @param dim the matrix size, at least 2
   * @param concentration {@code eta > 0}, of the batch shape
   */
  public LKJ(int dim, NDArray concentration) {
    super(concentration.getShape(), LKJCholesky.checkDim("LKJ", dim));
    this.base = new LKJCholesky(dim, concentration);
  }

  /**
   * The matrix size.
   *
   * @return dim
   */
  public int dim() {
    return base.dim();
  }

  /**
   * The concentration {@code eta}.
   *
   * @return concentration, of the batch shape
   */
  public NDArray concentration() {
    return base.concentration();
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    return cholesky.inverse(base.sample(sampleShape));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray l = cholesky.forward(value);
    return base.logProb(l).add(cholesky.logAbsDetJacobian(value, l));
  }

  @Override
  public Constraint support() {
    return MultivariateConstraints.corrMatrix();
  }

  @Override
  public NDArray mean() {
    NDArray ones = base.concentration().onesLike().expandDims(-1);
    return TensorOps.diagEmbed(ones.broadcast(batchShape().add(dim())));
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new LKJ(dim(), base.concentration().broadcast(checkExpand(batchShape)));
  }
}
