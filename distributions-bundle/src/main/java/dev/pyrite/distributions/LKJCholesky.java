package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.distributions.transforms.Precision;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The LKJ distribution over lower Cholesky factors {@code L} of {@code dim x dim} correlation
 * matrices, density proportional to {@code det(L L^T)^(eta - 1)} (torch's {@code LKJCholesky};
 * Lewandowski, Kurowicka and Joe 2009). Sampling is the onion method of the paper's section 3.2,
 * vectorised: row {@code k >= 1} is a uniform direction in its first {@code k} entries scaled by
 * the square root of a {@code Beta(k / 2, eta + (dim - 1 - k) / 2)} draw, the diagonal entry
 * completing the unit norm. Not reparameterised.
 *
 * <p>torch 1.13 (and so Pyro 1.8) draws row {@code k} from {@code Beta(k - 1/2, ...)} instead,
 * which agrees for {@code k = 1} only: its rows from the third on are too spread, so its
 * correlation entries are not exchangeable (for {@code eta = 1}, {@code dim = 3}, {@code E[C_20^2]
 * = 0.30} instead of 0.25). Pyrite follows the paper; {@code logProb} is torch's.
 *
 * <pre>{@code
 * NDArray l = sample("l_omega", new LKJCholesky(3, 2.0));
 * }</pre>
 */
public final class LKJCholesky extends AbstractDistribution {
  private final int dim;
  private final NDArray concentration;

  /**
   * An LKJ distribution with a scalar concentration.
   *
   * @param dim the matrix size, at least 2
   * @param concentration {@code eta > 0}; 1 is uniform over correlation matrices
   */
  public LKJCholesky(int dim, double concentration) {
    this(dim, Distributions.scalar(concentration, null));
  }

  /**
   * An LKJ distribution with batched concentrations.
   *
   * @param dim the matrix size, at least 2
   * @param concentration {@code eta > 0}, of the batch shape
   */
  public LKJCholesky(int dim, NDArray concentration) {
    super(concentration.getShape(), checkDim("LKJCholesky", dim));
    this.dim = dim;
    this.concentration = validate("concentration", concentration, Constraints.positive());
  }

  /**
   * The event shape {@code (dim, dim)}, after checking {@code dim >= 2}.
   *
   * @param owner the distribution, for the message
   * @param dim the matrix size
   * @return the event shape
   */
  static Shape checkDim(String owner, int dim) {
    if (dim < 2) {
      throw new IllegalArgumentException(
          owner + ": parameter dim must be an integer >= 2, but got " + dim);
    }
    return new Shape(dim, dim);
  }

  /**
   * The matrix size.
   *
   * @return dim
   */
  public int dim() {
    return dim;
  }

  /**
   * The concentration {@code eta}.
   *
   * @return concentration, of the batch shape
   */
  public NDArray concentration() {
    return concentration;
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    NDManager m = concentration.getManager();
    NDArray eta = concentration.stopGradient();
    // row k (k >= 1) has squared length y_k ~ Beta(k / 2, eta + (dim - 1 - k) / 2); row 0 is unused
    double[] half = new double[dim];
    double[] shrink = new double[dim];
    for (int k = 1; k < dim; k++) {
      half[k] = 0.5 * k;
      shrink[k] = 0.5 * (k - 1);
    }
    half[0] = 0.5;
    NDArray conc1 = m.create(half, new Shape(dim)).toType(eta.getDataType(), false);
    NDArray offset = m.create(shrink, new Shape(dim)).toType(eta.getDataType(), false);
    NDArray marginal = eta.add(0.5 * (dim - 2)).expandDims(-1);
    Beta beta = new Beta(conc1, marginal.sub(offset));
    NDArray y = beta.sample(sampleShape).expandDims(-1);
    NDArray normal =
        TensorOps.tril(m.randomNormal(0f, 1f, shape(sampleShape), eta.getDataType()), -1);
    NDArray norm = normal.square().sum(new int[] {-1}, true).sqrt();
    NDArray direction = normal.div(Precision.atLeast(norm, Precision.tiny(norm)));
    NDArray w = y.sqrt().mul(direction);
    NDArray diagonal =
        Precision.atLeast(w.square().sum(new int[] {-1}).neg().add(1), Precision.tiny(w)).sqrt();
    return w.add(TensorOps.diagEmbed(diagonal));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray logDiagonal = TensorOps.diagonal(value).get("..., 1:").log();
    double[] order = new double[dim - 1];
    for (int i = 0; i < dim - 1; i++) {
      order[i] = dim - (i + 2);
    }
    NDArray weights =
        concentration
            .getManager()
            .create(order, new Shape(dim - 1))
            .toType(concentration.getDataType(), false)
            .add(concentration.sub(1).mul(2).expandDims(-1));
    NDArray unnormalised = weights.mul(logDiagonal).sum(new int[] {-1});
    return unnormalised.sub(logNormaliser(concentration, dim));
  }

  /**
   * The log normalising constant of the density over Cholesky factors (page 1999 of the paper):
   * {@code (d-1)/2 log pi + log Gamma_(d-1)(eta + (d-1)/2 - 1/2) - (d-1) lgamma(eta + (d-1)/2)}.
   */
  static NDArray logNormaliser(NDArray concentration, int dim) {
    int dm1 = dim - 1;
    NDArray alpha = concentration.add(0.5 * dm1);
    NDArray numerator = TensorOps.multigammaln(alpha.sub(0.5), dm1);
    NDArray denominator = alpha.gammaln().mul(dm1);
    return numerator.sub(denominator).add(0.5 * dm1 * Math.log(Math.PI));
  }

  @Override
  public Constraint support() {
    return MultivariateConstraints.corrCholesky();
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new LKJCholesky(dim, concentration.broadcast(checkExpand(batchShape)));
  }
}
