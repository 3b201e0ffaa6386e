package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Scope;

/**
 * Running means and (co)variances of positions, one estimate per chain, kept on the device and
 * updated with one draw per chain at a time (Welford's algorithm). The estimate is regularised
 * toward the identity as Stan does: {@code C n / (n + 5) + 1e-3 * 5 / (n + 5) * I}. A structure
 * mask {@code (dim, dim)} of zeros and ones restricts a dense estimate to blocks (NumPyro's {@code
 * dense_mass=[("a", "b")]}): entries outside the blocks and off the diagonal are zeroed. Owns its
 * arrays; {@link #close} frees them.
 *
 * <pre>{@code
 * ChainWelford w = new ChainWelford(true, null);
 * w.update(z);                  // (chains, dim)
 * NDArray cov = w.estimate();   // (chains, dim, dim)
 * w.reset();
 * }</pre>
 */
public final class ChainWelford implements AutoCloseable {
  private final boolean dense;
  private final NDArray structure;
  private long count;
  private NDArray mean;
  private NDArray m2;

  /**
   * Creates the estimator.
   *
   * @param dense whether to estimate full covariances (else variances)
   * @param structure a {@code (dim, dim)} 0/1 mask for dense estimates, or null for all entries;
   *     the estimator takes ownership of it
   */
  public ChainWelford(boolean dense, NDArray structure) {
    this.dense = dense;
    this.structure = structure;
  }

  /**
   * Adds one draw per chain.
   *
   * @param x positions {@code (chains, dim)}
   */
  public void update(NDArray x) {
    NDArray newMean;
    NDArray newM2;
    try (Scope s = Scope.open()) {
      count++;
      if (mean == null) {
        newMean = x.duplicate();
        Shape shape = dense ? x.getShape().add(x.getShape().get(1)) : x.getShape();
        newM2 = x.getManager().zeros(shape, x.getDataType());
      } else {
        NDArray delta = x.sub(mean);
        newMean = mean.add(delta.div((double) count));
        NDArray after = x.sub(newMean);
        NDArray term = dense ? delta.expandDims(2).mul(after.expandDims(1)) : delta.mul(after);
        newM2 = m2.add(term);
      }
      s.keep(newMean);
      s.keep(newM2);
    }
    Ownership.close(mean, m2);
    mean = newMean;
    m2 = newM2;
  }

  /**
   * The regularised estimate of everything added since the last reset; in the caller's scope.
   *
   * @return {@code (chains, dim)} variances or {@code (chains, dim, dim)} covariances
   * @throws IllegalStateException with fewer than two draws per chain
   */
  public NDArray estimate() {
    if (count < 2) {
      throw new IllegalStateException("need at least two draws per chain, have " + count);
    }
    double n = count;
    NDArray cov = m2.div(n - 1.0).mul(n / (n + 5.0));
    double shrink = 1e-3 * (5.0 / (n + 5.0));
    if (!dense) {
      return cov.add(shrink);
    }
    int dim = (int) mean.getShape().get(1);
    NDArray eye = cov.getManager().eye(dim).toType(cov.getDataType(), false);
    if (structure != null) {
      cov = cov.mul(structure);
    }
    return cov.add(eye.mul(shrink));
  }

  /**
   * Draws per chain added since the last reset.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /** Forgets everything added. */
  public void reset() {
    Ownership.close(mean, m2);
    mean = null;
    m2 = null;
    count = 0;
  }

  @Override
  public void close() {
    reset();
    Ownership.close(structure);
  }
}
