package dev.pyrite.internal.tensor;

import ai.djl.ndarray.NDArray;

/**
 * PyTorch through DJL: DJL exposes no Cholesky or triangular solve for PyTorch ({@code invoke} is
 * not supported there), so those are the engine-neutral routines; the diagonal is PyTorch's own.
 *
 * <pre>{@code
 * NDArray d = new PyTorchLinearAlgebra().diagonal(l);
 * }</pre>
 */
public final class PyTorchLinearAlgebra extends NeutralLinearAlgebra {
  @Override
  public NDArray diagonal(NDArray a) {
    int nd = a.getShape().dimension();
    return a.diagonal(0, nd - 2, nd - 1);
  }
}
