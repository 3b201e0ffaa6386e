package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Scope;

/**
 * A running elementwise mean and variance of positions, kept on the device and updated a batch of
 * chains at a time (Welford's algorithm with Chan's batch combination), for diagonal mass-matrix
 * adaptation. Owns its two arrays; {@link #close} frees them.
 *
 * <pre>{@code
 * WelfordVariance w = new WelfordVariance();
 * w.update(positions);                 // (chains, dim)
 * NDArray var = w.variance(true);      // (dim), regularised towards 1e-3 as Stan does
 * }</pre>
 */
public final class WelfordVariance implements AutoCloseable {
  private long count;
  private NDArray mean;
  private NDArray m2;

  /**
   * Adds a batch of positions.
   *
   * @param x positions {@code (n, dim)}
   */
  public void update(NDArray x) {
    long n = x.getShape().get(0);
    NDArray newMean;
    NDArray newM2;
    try (Scope s = Scope.open()) {
      NDArray batchMean = x.mean(new int[] {0});
      NDArray batchM2 = x.sub(batchMean).square().sum(new int[] {0});
      if (count == 0) {
        newMean = batchMean;
        newM2 = batchM2;
      } else {
        double total = count + n;
        NDArray delta = batchMean.sub(mean);
        newMean = mean.add(delta.mul(n / total));
        newM2 = m2.add(batchM2).add(delta.square().mul(count * (double) n / total));
      }
      s.keep(newMean);
      s.keep(newM2);
    }
    Ownership.close(mean, m2);
    mean = newMean;
    m2 = newM2;
    count += n;
  }

  /**
   * The sample variance of everything added since the last reset; in the caller's scope.
   *
   * @param regularize shrink towards 1e-3 with weight {@code 5 / (n + 5)}, as Stan does
   * @return the variance {@code (dim)}
   * @throws IllegalStateException with fewer than two positions
   */
  public NDArray variance(boolean regularize) {
    if (count < 2) {
      throw new IllegalStateException("need at least two positions for a variance, have " + count);
    }
    NDArray var = m2.div(count - 1.0);
    if (!regularize) {
      return var;
    }
    double n = count;
    return var.mul(n / (n + 5.0)).add(1e-3 * (5.0 / (n + 5.0)));
  }

  /**
   * How many positions were added since the last reset.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /** Forgets everything added. */
  public void reset() {
    close();
  }

  @Override
  public void close() {
    Ownership.close(mean, m2);
    mean = null;
    m2 = null;
    count = 0;
  }
}
