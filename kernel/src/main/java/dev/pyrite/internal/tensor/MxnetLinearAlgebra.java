package dev.pyrite.internal.tensor;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.util.PairList;

/**
 * MXNet's LAPACK operators through {@code NDManager.invoke}: {@code linalg_potrf} (Cholesky),
 * {@code linalg_trsm} (triangular solve) and {@code diag}, each with its backward pass. MXNet runs
 * operators asynchronously, so a matrix {@code linalg_potrf} rejects (not positive definite) raises
 * an {@code EngineException} only when the result is read; {@link
 * dev.pyrite.TensorOps#isPositiveDefinite} tests matrices without raising.
 *
 * <pre>{@code
 * NDArray l = new MxnetLinearAlgebra().cholesky(cov);
 * }</pre>
 */
public final class MxnetLinearAlgebra extends NeutralLinearAlgebra {
  @Override
  public NDArray cholesky(NDArray a) {
    NDArray sym = a.add(a.swapAxes(-1, -2)).mul(0.5);
    return a.getManager().invoke("linalg_potrf", new NDList(sym), null).singletonOrThrow();
  }

  @Override
  public NDArray solveTriangular(NDArray a, NDArray b, boolean lower, boolean transpose) {
    Shape as = a.getShape();
    Shape bs = b.getShape();
    Shape batch = broadcast(as.slice(0, as.dimension() - 2), bs.slice(0, bs.dimension() - 2));
    NDArray aa = a.broadcast(batch.addAll(as.slice(as.dimension() - 2)));
    NDArray bb = b.broadcast(batch.addAll(bs.slice(bs.dimension() - 2)));
    PairList<String, Object> params = new PairList<>();
    params.add("transpose", transpose);
    params.add("rightside", false);
    params.add("lower", lower);
    params.add("alpha", 1.0);
    return a.getManager().invoke("linalg_trsm", new NDList(aa, bb), params).singletonOrThrow();
  }

  @Override
  public NDArray diagonal(NDArray a) {
    int nd = a.getShape().dimension();
    PairList<String, Object> params = new PairList<>();
    params.add("k", 0);
    params.add("axis1", nd - 2);
    params.add("axis2", nd - 1);
    return a.getManager().invoke("diag", new NDList(a), params).singletonOrThrow();
  }

  private static Shape broadcast(Shape x, Shape y) {
    int n = Math.max(x.dimension(), y.dimension());
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      int xi = x.dimension() - n + i;
      int yi = y.dimension() - n + i;
      long dx = xi >= 0 ? x.get(xi) : 1;
      long dy = yi >= 0 ? y.get(yi) : 1;
      if (dx != dy && dx != 1 && dy != 1) {
        throw new IllegalArgumentException(
            "solveTriangular: batch shapes " + x + " and " + y + " do not broadcast");
      }
      out[i] = dx == 1 ? dy : dx;
    }
    return new Shape(out);
  }
}
