package dev.pyrite.internal.tensor;

import ai.djl.ndarray.NDArray;

/**
 * Batched dense linear algebra on the last two axes, with gradients: one implementation per engine
 * fast path, plus the engine-neutral one.
 *
 * <pre>{@code
 * LinearAlgebra la = LinearAlgebras.of(a);
 * NDArray l = la.cholesky(a);
 * NDArray x = la.solveTriangular(l, b, true, false); // l x = b
 * }</pre>
 */
public interface LinearAlgebra {
  /**
   * The lower Cholesky factor {@code L} with {@code a = L L^T} of symmetric positive-definite
   * matrices; the input is symmetrised first, so the gradient is symmetric. Entries are NaN where a
   * matrix is not positive definite.
   *
   * @param a matrices of shape {@code (..., n, n)}
   * @return lower-triangular factors of the same shape
   */
  NDArray cholesky(NDArray a);

  /**
   * Solves {@code op(a) x = b} for triangular {@code a}, with {@code op} the identity or the
   * transpose; batch dims of {@code a} and {@code b} broadcast.
   *
   * @param a triangular matrices {@code (..., n, n)}; only the named triangle is read
   * @param b right-hand sides {@code (..., n, m)}
   * @param lower whether {@code a} is lower (else upper) triangular
   * @param transpose whether to solve with {@code a^T}
   * @return {@code x} of shape {@code broadcast(...) + (n, m)}
   */
  NDArray solveTriangular(NDArray a, NDArray b, boolean lower, boolean transpose);

  /**
   * The main diagonals of matrices.
   *
   * @param a matrices {@code (..., n, n)}
   * @return diagonals {@code (..., n)}
   */
  NDArray diagonal(NDArray a);
}
