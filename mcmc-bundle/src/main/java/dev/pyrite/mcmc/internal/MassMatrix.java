package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;

/**
 * The mass matrix {@code M} of Hamiltonian dynamics for a batch of chains, each chain with its own
 * matrix, stored through its inverse {@code M^-1} (the adapted posterior covariance): draws momenta
 * {@code r ~ N(0, M)} and gives the velocity {@code M^-1 r}. Starts as the identity.
 *
 * <pre>{@code
 * MassMatrix m = MassMatrix.create(manager, chains, dim, dtype, structure);
 * NDArray r = m.sampleMomentum();              // (chains, dim)
 * NDArray k = MassMatrix.kineticEnergy(r, m.velocity(r));
 * m.setInverse(estimate);                      // after a slow warmup window
 * }</pre>
 */
public interface MassMatrix extends AutoCloseable {
  /**
   * Draws momenta {@code r ~ N(0, M)}, one row per chain.
   *
   * @return {@code (chains, dim)} in the caller's scope
   */
  NDArray sampleMomentum();

  /**
   * The velocity {@code M^-1 r}.
   *
   * @param r momenta {@code (chains, dim)}
   * @return {@code (chains, dim)} (may be {@code r} itself for the identity)
   */
  NDArray velocity(NDArray r);

  /**
   * Replaces {@code M^-1} by a covariance estimate (copied).
   *
   * @param estimate {@code (chains, dim)} variances (diagonal) or {@code (chains, dim, dim)}
   *     covariances (dense)
   */
  void setInverse(NDArray estimate);

  /**
   * The inverse mass matrices.
   *
   * @return {@code (chains, dim)} (diagonal) or {@code (chains, dim, dim)} (dense), in the caller's
   *     scope
   */
  NDArray inverse();

  /**
   * Whether {@link #setInverse} takes full matrices.
   *
   * @return true for dense (and block) matrices
   */
  boolean dense();

  @Override
  void close();

  /**
   * The kinetic energy {@code r^T M^-1 r / 2} of each chain.
   *
   * @param r momenta {@code (chains, dim)}
   * @param velocity {@code M^-1 r}
   * @return {@code (chains)}
   */
  static NDArray kineticEnergy(NDArray r, NDArray velocity) {
    return r.mul(velocity).sum(new int[] {1}).mul(0.5);
  }
}
