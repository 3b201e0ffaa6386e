package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Scope;
import dev.pyrite.TensorOps;

/**
 * A dense mass matrix per chain: {@code M^-1 = C} (the adapted covariance, {@code (chains, dim,
 * dim)}) with its Cholesky factor {@code C = L L^T}. Momenta are {@code r = L^-T xi} with {@code xi
 * ~ N(0, I)}, so {@code Cov(r) = (L L^T)^-1 = M}; the velocity is {@code C r}. All products are
 * batched over chains. Block-structured matrices are dense ones whose estimate is zero outside the
 * blocks (see {@link ChainWelford}). The identity costs no array op. Owns its arrays.
 *
 * <pre>{@code
 * DenseMassMatrix m = new DenseMassMatrix(manager, 4, dim, DataType.FLOAT64);
 * m.setInverse(welford.estimate());   // (4, dim, dim)
 * NDArray r = m.sampleMomentum();     // (4, dim)
 * }</pre>
 */
public final class DenseMassMatrix implements MassMatrix {
  private final NDManager manager;
  private final long chains;
  private final int dim;
  private final DataType dtype;
  private NDArray inverse;
  private NDArray cholesky;

  /**
   * The identity mass matrix.
   *
   * @param manager where momenta are drawn
   * @param chains the number of chains
   * @param dim the dimension
   * @param dtype the dtype of momenta
   */
  public DenseMassMatrix(NDManager manager, long chains, int dim, DataType dtype) {
    this.manager = manager;
    this.chains = chains;
    this.dim = dim;
    this.dtype = dtype;
  }

  @Override
  public NDArray sampleMomentum() {
    NDArray xi = manager.randomNormal(0f, 1f, new Shape(chains, dim), dtype);
    if (cholesky == null) {
      return xi;
    }
    NDArray r = TensorOps.solveTriangular(cholesky, xi.expandDims(-1), true, true);
    return r.reshape(chains, dim);
  }

  @Override
  public NDArray velocity(NDArray r) {
    if (inverse == null) {
      return r;
    }
    return inverse.matMul(r.expandDims(-1)).reshape(chains, dim);
  }

  @Override
  public void setInverse(NDArray estimate) {
    NDArray inv;
    NDArray chol;
    try (Scope s = Scope.open()) {
      inv = s.keep(estimate.toType(dtype, true).broadcast(new Shape(chains, dim, dim)));
      chol = s.keep(TensorOps.cholesky(inv));
    }
    close();
    inverse = inv;
    cholesky = chol;
  }

  @Override
  public NDArray inverse() {
    if (inverse != null) {
      return inverse.duplicate();
    }
    return manager.eye(dim).toType(dtype, false).broadcast(new Shape(chains, dim, dim));
  }

  @Override
  public boolean dense() {
    return true;
  }

  @Override
  public void close() {
    Ownership.close(inverse, cholesky);
    inverse = null;
    cholesky = null;
  }
}
