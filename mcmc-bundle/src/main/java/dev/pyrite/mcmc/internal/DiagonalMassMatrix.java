package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Scope;

/**
 * A diagonal mass matrix per chain, stored as its inverse {@code (chains, dim)}. The identity costs
 * no array op. Owns its arrays; {@link #close} frees them.
 *
 * <pre>{@code
 * DiagonalMassMatrix m = new DiagonalMassMatrix(manager, 4, dim, DataType.FLOAT64);
 * NDArray r = m.sampleMomentum();              // (4, dim)
 * m.setInverse(welford.estimate());            // (4, dim) variances
 * }</pre>
 */
public final class DiagonalMassMatrix implements MassMatrix {
  private final NDManager manager;
  private final long chains;
  private final int dim;
  private final DataType dtype;
  private NDArray inverse;
  private NDArray massSqrt;

  /**
   * The identity mass matrix.
   *
   * @param manager where momenta are drawn
   * @param chains the number of chains
   * @param dim the dimension
   * @param dtype the dtype of momenta
   */
  public DiagonalMassMatrix(NDManager manager, long chains, int dim, DataType dtype) {
    this.manager = manager;
    this.chains = chains;
    this.dim = dim;
    this.dtype = dtype;
  }

  @Override
  public NDArray sampleMomentum() {
    NDArray eps = manager.randomNormal(0f, 1f, new Shape(chains, dim), dtype);
    return massSqrt == null ? eps : eps.mul(massSqrt);
  }

  @Override
  public NDArray velocity(NDArray r) {
    return inverse == null ? r : r.mul(inverse);
  }

  @Override
  public void setInverse(NDArray estimate) {
    NDArray inv;
    NDArray sqrt;
    try (Scope s = Scope.open()) {
      inv = s.keep(estimate.toType(dtype, true).broadcast(new Shape(chains, dim)));
      sqrt = s.keep(inv.pow(-0.5));
    }
    close();
    inverse = inv;
    massSqrt = sqrt;
  }

  @Override
  public NDArray inverse() {
    return inverse == null ? manager.ones(new Shape(chains, dim), dtype) : inverse.duplicate();
  }

  @Override
  public boolean dense() {
    return false;
  }

  @Override
  public void close() {
    Ownership.close(inverse, massSqrt);
    inverse = null;
    massSqrt = null;
  }
}
