package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Scope;

/**
 * A diagonal mass matrix {@code M} for HMC, stored as its inverse {@code M^-1} (the posterior
 * variance estimate): draws momenta {@code r ~ N(0, M)}, gives the kinetic energy {@code r^T M^-1 r
 * / 2} and the velocity {@code M^-1 r}. Starts as the identity, which costs no array op. Owns its
 * arrays; {@link #close} frees them.
 *
 * <pre>{@code
 * DiagonalMassMatrix m = new DiagonalMassMatrix(manager, dim, DataType.FLOAT32);
 * NDArray r = m.sampleMomentum(4);          // (4, dim)
 * NDArray k = m.kineticEnergy(r);           // (4)
 * m.setInverse(welford.variance(true));     // after a slow warmup window
 * }</pre>
 */
public final class DiagonalMassMatrix implements AutoCloseable {
  private final NDManager manager;
  private final int dim;
  private final DataType dtype;
  private NDArray inverse;
  private NDArray massSqrt;

  /**
   * The identity mass matrix.
   *
   * @param manager where momenta are drawn
   * @param dim the dimension
   * @param dtype the dtype of momenta
   */
  public DiagonalMassMatrix(NDManager manager, int dim, DataType dtype) {
    this.manager = manager;
    this.dim = dim;
    this.dtype = dtype;
  }

  /**
   * Draws momenta {@code r ~ N(0, M)} for a batch of chains.
   *
   * @param chains how many chains
   * @return {@code (chains, dim)}
   */
  public NDArray sampleMomentum(long chains) {
    NDArray eps = manager.randomNormal(0f, 1f, new Shape(chains, dim), dtype);
    return massSqrt == null ? eps : eps.mul(massSqrt);
  }

  /**
   * The kinetic energy of each chain.
   *
   * @param r momenta {@code (chains, dim)}
   * @return {@code (chains)}
   */
  public NDArray kineticEnergy(NDArray r) {
    NDArray sq = r.square();
    return (inverse == null ? sq : sq.mul(inverse)).sum(new int[] {1}).mul(0.5);
  }

  /**
   * The velocity {@code dz/dt = M^-1 r}.
   *
   * @param r momenta {@code (chains, dim)}
   * @return the velocity (may be {@code r} itself for the identity)
   */
  public NDArray velocity(NDArray r) {
    return inverse == null ? r : r.mul(inverse);
  }

  /**
   * Replaces {@code M^-1}.
   *
   * @param newInverse a positive variance estimate {@code (dim)}; copied
   */
  public void setInverse(NDArray newInverse) {
    NDArray inv;
    NDArray sqrt;
    try (Scope s = Scope.open()) {
      inv = s.keep(newInverse.toType(dtype, true));
      sqrt = s.keep(inv.pow(-0.5));
    }
    close();
    inverse = inv;
    massSqrt = sqrt;
  }

  /**
   * The inverse mass matrix diagonal.
   *
   * @return a new array {@code (dim)} in the caller's scope
   */
  public NDArray inverse() {
    return inverse == null ? manager.ones(new Shape(dim), dtype) : inverse.duplicate();
  }

  @Override
  public void close() {
    Ownership.close(inverse, massSqrt);
    inverse = null;
    massSqrt = null;
  }
}
