package dev.pyrite.internal.tensor;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;

/**
 * Linear algebra from slices, matrix products and elementwise ops, so it runs and differentiates on
 * every DJL engine. Each routine loops over the matrix dimension {@code n} (a few batched ops per
 * row or column, all batch entries at once) and never reads values back to Java; meant for the
 * small matrices of distributions (covariances, correlation factors).
 *
 * <pre>{@code
 * NDArray l = new NeutralLinearAlgebra().cholesky(cov); // cov = l l^T
 * }</pre>
 */
public class NeutralLinearAlgebra implements LinearAlgebra {
  /**
   * Cholesky-Crout, one column per step: {@code v = a[:, j] - L[:, :j] L[j, :j]^T}, {@code L[:, j]
   * = v / sqrt(v[j])} on rows {@code >= j}.
   */
  @Override
  public NDArray cholesky(NDArray a) {
    int n = Constants.lastDim(a);
    NDArray sym = a.add(a.swapAxes(-1, -2)).mul(0.5);
    NDArray lower = Constants.lowerMask(n, 0, a);
    NDArray factor = null;
    for (int j = 0; j < n; j++) {
      NDArray v = sym.get("..., :, " + j);
      if (factor != null) {
        NDArray row = factor.get("..., " + j + ", :").expandDims(-1);
        v = v.sub(factor.matMul(row).squeeze(-1));
      }
      NDArray pivot = v.get("..., " + j + ":" + (j + 1)).sqrt();
      NDArray column = v.div(pivot).mul(lower.get(":, " + j)).expandDims(-1);
      factor = factor == null ? column : NDArrays.concat(new NDList(factor, column), -1);
    }
    return factor;
  }

  /** Forward (lower) or backward (upper) substitution, one row of {@code x} per step. */
  @Override
  public NDArray solveTriangular(NDArray a, NDArray b, boolean lower, boolean transpose) {
    NDArray m = transpose ? a.swapAxes(-1, -2) : a;
    boolean forward = lower != transpose;
    int n = Constants.lastDim(m);
    NDArray x = null;
    for (int step = 0; step < n; step++) {
      int i = forward ? step : n - 1 - step;
      String row = "..., " + i + ":" + (i + 1);
      NDArray rhs = b.get(row + ", :");
      if (x != null) {
        String known = forward ? ":" + i : (i + 1) + ":";
        rhs = rhs.sub(m.get(row + ", " + known).matMul(x));
      }
      NDArray xi = rhs.div(m.get(row + ", " + i + ":" + (i + 1)));
      if (x == null) {
        x = xi;
      } else {
        x = NDArrays.concat(forward ? new NDList(x, xi) : new NDList(xi, x), -2);
      }
    }
    return x;
  }

  /** {@code sum(a * I, -1)}: a masked sum, since not every engine has a diagonal op. */
  @Override
  public NDArray diagonal(NDArray a) {
    NDArray eye = Constants.eye(Constants.lastDim(a), a);
    return NDArrays.where(eye.gt(0).broadcast(a.getShape()), a, a.zerosLike()).sum(new int[] {-1});
  }
}
