package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The multivariate normal distribution with mean {@code loc} and covariance {@code Sigma = L L^T},
 * given (as in torch) by exactly one of its lower Cholesky factor {@code scale_tril}, its
 * covariance matrix or its precision matrix; the two latter are factorised once. Density {@code
 * exp(-|L^-1 (x - loc)|^2 / 2) / ((2 pi)^(n/2) det L)}. The last dim of {@code loc} is the event
 * dim; batch dims of {@code loc} and the matrix broadcast.
 *
 * <pre>{@code
 * NDArray x = sample("x", new MultivariateNormal(loc, scaleTril));
 * Distribution d = MultivariateNormal.fromCovariance(loc, cov);
 * }</pre>
 */
public final class MultivariateNormal extends AbstractDistribution {
  private static final double LOG_2PI = Math.log(2 * Math.PI);

  /** Which matrix parameterises the distribution. */
  private enum Matrix {
    SCALE_TRIL("scale_tril", MultivariateConstraints.lowerCholesky()),
    COVARIANCE_MATRIX("covariance_matrix", MultivariateConstraints.positiveDefinite()),
    PRECISION_MATRIX("precision_matrix", MultivariateConstraints.positiveDefinite());

    private final String parameter;
    private final Constraint constraint;

    Matrix(String parameter, Constraint constraint) {
      this.parameter = parameter;
      this.constraint = constraint;
    }
  }

  private final NDArray loc;
  private final NDArray scaleTril;

  /**
   * A multivariate normal with a lower Cholesky factor of the covariance (torch's {@code
   * scale_tril}).
   *
   * @param loc the mean {@code (..., n)}
   * @param scaleTril lower-triangular {@code (..., n, n)} with a positive diagonal
   */
  public MultivariateNormal(NDArray loc, NDArray scaleTril) {
    this(loc, scaleTril, Matrix.SCALE_TRIL);
  }

  private MultivariateNormal(NDArray loc, NDArray matrix, Matrix kind) {
    super(batchOf("MultivariateNormal", loc, matrix, kind.parameter), eventOf(loc));
    validate("loc", loc, Constraints.realVector());
    validate(kind.parameter, matrix, kind.constraint);
    this.loc = loc.broadcast(batchShape().addAll(eventShape()));
    this.scaleTril =
        switch (kind) {
          case SCALE_TRIL -> matrix;
          case COVARIANCE_MATRIX -> TensorOps.cholesky(matrix);
          case PRECISION_MATRIX -> precisionToScaleTril(matrix);
        };
  }

  /**
   * A multivariate normal with a covariance matrix.
   *
   * @param loc the mean {@code (..., n)}
   * @param covarianceMatrix symmetric positive definite {@code (..., n, n)}
   * @return the distribution
   */
  public static MultivariateNormal fromCovariance(NDArray loc, NDArray covarianceMatrix) {
    return new MultivariateNormal(loc, covarianceMatrix, Matrix.COVARIANCE_MATRIX);
  }

  /**
   * A multivariate normal with a precision (inverse covariance) matrix.
   *
   * @param loc the mean {@code (..., n)}
   * @param precisionMatrix symmetric positive definite {@code (..., n, n)}
   * @return the distribution
   */
  public static MultivariateNormal fromPrecision(NDArray loc, NDArray precisionMatrix) {
    return new MultivariateNormal(loc, precisionMatrix, Matrix.PRECISION_MATRIX);
  }

  /**
   * The batch shape of a distribution with a vector and a matrix parameter: the broadcast of the
   * vector's and the matrix's leading dims, after checking their event sizes agree.
   */
  static Shape batchOf(String owner, NDArray vector, NDArray matrix, String matrixName) {
    Shape v = vector.getShape();
    Shape m = matrix.getShape();
    if (v.dimension() < 1 || m.dimension() < 2) {
      throw new IllegalArgumentException(
          owner
              + ": loc must have at least 1 dim and "
              + matrixName
              + " at least 2, but their shapes are "
              + v
              + " and "
              + m);
    }
    long n = v.get(v.dimension() - 1);
    if (m.get(m.dimension() - 1) != n || m.get(m.dimension() - 2) != n) {
      throw new IllegalArgumentException(
          owner
              + ": "
              + matrixName
              + " must be "
              + n
              + " x "
              + n
              + " to match loc of shape "
              + v
              + ", but has shape "
              + m);
    }
    return Distributions.broadcastShapes(
        owner, v.slice(0, v.dimension() - 1), m.slice(0, m.dimension() - 2));
  }

  static Shape eventOf(NDArray vector) {
    Shape v = vector.getShape();
    return v.slice(Math.max(0, v.dimension() - 1));
  }

  /**
   * torch's {@code _precision_to_scale_tril}: with {@code P} flipped in both axes, {@code L =
   * (flip(chol(flip(P)))^T)^-1} is the lower factor of {@code P^-1}.
   */
  private static NDArray precisionToScaleTril(NDArray precision) {
    int nd = precision.getShape().dimension();
    NDArray flipped = TensorOps.cholesky(precision.flip(nd - 2, nd - 1)).flip(nd - 2, nd - 1);
    NDArray lowerInverse = flipped.swapAxes(-1, -2);
    NDArray eye = TensorOps.diagEmbed(TensorOps.diagonal(precision).onesLike());
    return TensorOps.solveTriangular(lowerInverse, eye, true, false);
  }

  /**
   * The mean.
   *
   * @return loc, of shape {@code batchShape + (n)}
   */
  public NDArray loc() {
    return loc;
  }

  /**
   * The lower Cholesky factor of the covariance.
   *
   * @return {@code L}, of shape {@code batchShape + (n, n)}
   */
  public NDArray scaleTril() {
    return scaleTril.broadcast(batchShape().addAll(eventShape()).add(eventShape().get(0)));
  }

  /**
   * The covariance matrix {@code L L^T}.
   *
   * @return the covariance, of shape {@code batchShape + (n, n)}
   */
  public NDArray covarianceMatrix() {
    return scaleTril().matMul(scaleTril().swapAxes(-1, -2));
  }

  /**
   * The precision matrix {@code (L L^T)^-1 = L^-T L^-1}.
   *
   * @return the precision, of shape {@code batchShape + (n, n)}
   */
  public NDArray precisionMatrix() {
    NDArray l = scaleTril();
    NDArray eye = TensorOps.diagEmbed(TensorOps.diagonal(l).onesLike());
    NDArray inverse = TensorOps.solveTriangular(l, eye, true, false);
    return inverse.swapAxes(-1, -2).matMul(inverse);
  }

  /** The factor as given or computed, without the broadcast to the batch shape. */
  NDArray unbroadcastedScaleTril() {
    return scaleTril;
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    NDArray eps = loc.getManager().randomNormal(0f, 1f, shape(sampleShape), loc.getDataType());
    return loc.add(scaleTril.matMul(eps.expandDims(-1)).squeeze(-1));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    long n = eventShape().get(0);
    NDArray m = mahalanobis(scaleTril, value.sub(loc));
    return m.add(n * LOG_2PI).mul(-0.5).sub(TensorOps.logAbsDetTriangular(scaleTril));
  }

  /**
   * {@code |L^-1 d|^2}, batched: the squared Mahalanobis distance of {@code d} under {@code L L^T}.
   *
   * @param scaleTril lower factors {@code (..., n, n)}
   * @param diff vectors {@code (..., n)}
   * @return squared distances, of the broadcast batch shape
   */
  static NDArray mahalanobis(NDArray scaleTril, NDArray diff) {
    NDArray solved = TensorOps.solveTriangular(scaleTril, diff.expandDims(-1), true, false);
    return solved.squeeze(-1).square().sum(new int[] {-1});
  }

  @Override
  public Constraint support() {
    return Constraints.realVector();
  }

  @Override
  public NDArray mean() {
    return loc;
  }

  @Override
  public NDArray variance() {
    return scaleTril.square().sum(new int[] {-1}).broadcast(batchShape().addAll(eventShape()));
  }

  @Override
  public NDArray entropy() {
    long n = eventShape().get(0);
    NDArray halfLogDet = TensorOps.logAbsDetTriangular(scaleTril);
    return halfLogDet.add(0.5 * n * (1 + LOG_2PI)).broadcast(batchShape());
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    long n = eventShape().get(0);
    return new MultivariateNormal(
        loc.broadcast(b.addAll(eventShape())), scaleTril.broadcast(b.add(n).add(n)));
  }
}
