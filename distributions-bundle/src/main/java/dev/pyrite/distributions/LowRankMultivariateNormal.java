package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * A multivariate normal whose covariance is low rank plus diagonal, {@code W W^T + diag(D)} with
 * {@code W} of shape {@code (n, r)}: torch's {@code LowRankMultivariateNormal}. Densities use the
 * Woodbury identity and the {@code r x r} capacitance matrix {@code K = I + W^T D^-1 W}, so nothing
 * of size {@code n x n} is factorised.
 *
 * <pre>{@code
 * NDArray x = sample("x", new LowRankMultivariateNormal(loc, covFactor, covDiag));
 * }</pre>
 */
public final class LowRankMultivariateNormal extends AbstractDistribution {
  private static final double LOG_2PI = Math.log(2 * Math.PI);
  private final NDArray loc;
  private final NDArray covFactor;
  private final NDArray covDiag;
  private final NDArray capacitanceTril;

  /**
   * Creates the distribution.
   *
   * @param loc the mean {@code (..., n)}
   * @param covFactor the factor {@code W} {@code (..., n, r)}
   * @param covDiag the positive diagonal {@code D} {@code (..., n)}
   */
  public LowRankMultivariateNormal(NDArray loc, NDArray covFactor, NDArray covDiag) {
    super(batchOf(loc, covFactor, covDiag), MultivariateNormal.eventOf(loc));
    validate("loc", loc, Constraints.realVector());
    validate("cov_factor", covFactor, Constraints.independent(Constraints.real(), 2));
    validate("cov_diag", covDiag, Constraints.independent(Constraints.positive(), 1));
    this.loc = loc.broadcast(batchShape().addAll(eventShape()));
    this.covFactor = covFactor;
    this.covDiag = covDiag;
    this.capacitanceTril = TensorOps.cholesky(capacitance(covFactor, covDiag));
  }

  private static Shape batchOf(NDArray loc, NDArray covFactor, NDArray covDiag) {
    String owner = "LowRankMultivariateNormal";
    Shape l = loc.getShape();
    Shape w = covFactor.getShape();
    Shape d = covDiag.getShape();
    if (l.dimension() < 1 || d.dimension() < 1 || w.dimension() < 2) {
      throw new IllegalArgumentException(
          owner
              + ": loc and cov_diag need at least 1 dim and cov_factor at least 2, but their"
              + " shapes are "
              + l
              + ", "
              + d
              + " and "
              + w);
    }
    long n = l.get(l.dimension() - 1);
    if (w.get(w.dimension() - 2) != n || d.get(d.dimension() - 1) != n) {
      throw new IllegalArgumentException(
          owner
              + ": cov_factor must have shape (..., "
              + n
              + ", rank) and cov_diag (..., "
              + n
              + ") to match loc of shape "
              + l
              + ", but they have shapes "
              + w
              + " and "
              + d);
    }
    return Distributions.broadcastShapes(
        owner,
        l.slice(0, l.dimension() - 1),
        w.slice(0, w.dimension() - 2),
        d.slice(0, d.dimension() - 1));
  }

  /** {@code I + W^T D^-1 W}. */
  private static NDArray capacitance(NDArray w, NDArray d) {
    NDArray wtDinv = w.swapAxes(-1, -2).div(d.expandDims(-2));
    NDArray k = wtDinv.matMul(w);
    return k.add(TensorOps.diagEmbed(TensorOps.diagonal(k).onesLike()));
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
   * The low-rank factor {@code W}.
   *
   * @return cov_factor as given
   */
  public NDArray covFactor() {
    return covFactor;
  }

  /**
   * The diagonal {@code D}.
   *
   * @return cov_diag as given
   */
  public NDArray covDiag() {
    return covDiag;
  }

  /**
   * The covariance matrix {@code W W^T + diag(D)}.
   *
   * @return the covariance, of shape {@code batchShape + (n, n)}
   */
  public NDArray covarianceMatrix() {
    long n = eventShape().get(0);
    NDArray cov = covFactor.matMul(covFactor.swapAxes(-1, -2)).add(TensorOps.diagEmbed(covDiag));
    return cov.broadcast(batchShape().add(n).add(n));
  }

  /**
   * The lower Cholesky factor of the covariance.
   *
   * @return the factor, of shape {@code batchShape + (n, n)}
   */
  public NDArray scaleTril() {
    return TensorOps.cholesky(covarianceMatrix());
  }

  /**
   * {@code log det(W W^T + D) = 2 log det(chol(K)) + sum(log D)}, by the matrix determinant lemma.
   *
   * @return log-determinants of the covariance, of the parameters' own batch shape (broadcast to
   *     the batch shape by arithmetic with other batch arrays)
   */
  public NDArray logDetCovariance() {
    return TensorOps.logAbsDetTriangular(capacitanceTril)
        .mul(2)
        .add(covDiag.log().sum(new int[] {-1}));
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    Shape w = covFactor.getShape();
    long rank = w.get(w.dimension() - 1);
    Shape full = shape(sampleShape);
    Shape lowRank = full.slice(0, full.dimension() - 1).add(rank);
    NDArray epsW = loc.getManager().randomNormal(0f, 1f, lowRank, loc.getDataType());
    NDArray epsD = loc.getManager().randomNormal(0f, 1f, full, loc.getDataType());
    NDArray low = covFactor.matMul(epsW.expandDims(-1)).squeeze(-1);
    return loc.add(low).add(covDiag.sqrt().mul(epsD));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    long n = eventShape().get(0);
    NDArray diff = value.sub(loc);
    NDArray scaled = diff.div(covDiag);
    NDArray first = diff.mul(scaled).sum(new int[] {-1});
    NDArray projected = covFactor.swapAxes(-1, -2).matMul(scaled.expandDims(-1)).squeeze(-1);
    NDArray second = MultivariateNormal.mahalanobis(capacitanceTril, projected);
    return first.sub(second).add(logDetCovariance()).add(n * LOG_2PI).mul(-0.5);
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
    return covFactor
        .square()
        .sum(new int[] {-1})
        .add(covDiag)
        .broadcast(batchShape().addAll(eventShape()));
  }

  @Override
  public NDArray entropy() {
    long n = eventShape().get(0);
    return logDetCovariance().add(n * (1 + LOG_2PI)).mul(0.5).broadcast(batchShape());
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    Shape w = covFactor.getShape();
    return new LowRankMultivariateNormal(
        loc.broadcast(b.addAll(eventShape())),
        covFactor.broadcast(b.addAll(w.slice(w.dimension() - 2))),
        covDiag.broadcast(b.addAll(eventShape())));
  }
}
