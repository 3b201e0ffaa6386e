package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Packs the entries of a triangle of square matrices into vectors and back (torch's {@code
 * tril_matrix_to_vec} / {@code vec_to_tril_matrix}), row by row, as one product with a constant 0/1
 * matrix so it differentiates on every engine.
 */
final class TriangularVectors {
  private TriangularVectors() {}

  /**
   * How many entries with {@code column - row <= diag} an {@code n x n} matrix has.
   *
   * @param n the size
   * @param diag the diagonal offset (-1: strictly lower)
   * @return the count
   */
  static int size(int n, int diag) {
    int count = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        count += j - i <= diag ? 1 : 0;
      }
    }
    return count;
  }

  /**
   * The matrix size {@code n} whose strictly lower triangle has {@code m} entries.
   *
   * @param m the vector length, {@code n (n - 1) / 2}
   * @param owner the transform, for the message
   * @return {@code n}
   * @throws IllegalArgumentException when {@code m} is not a triangular number
   */
  static int strictlyLowerSize(int m, String owner) {
    int n = (int) Math.round((1 + Math.sqrt(1 + 8.0 * m)) / 2);
    if (n * (n - 1) / 2 != m || m < 1) {
      throw new IllegalArgumentException(
          owner
              + " needs vectors of length n (n - 1) / 2 for some n >= 2 (1, 3, 6, 10, ...), got "
              + m);
    }
    return n;
  }

  /**
   * Scatters vectors into the triangle {@code column - row <= diag} of zero matrices.
   *
   * @param vec vectors {@code (..., m)}
   * @param n the matrix size
   * @param diag the diagonal offset
   * @return matrices {@code (..., n, n)}
   */
  static NDArray toMatrix(NDArray vec, int n, int diag) {
    Shape s = vec.getShape();
    Shape out = s.slice(0, s.dimension() - 1).addAll(new Shape(n, n));
    return vec.matMul(scatter(vec, n, diag)).reshape(out);
  }

  /**
   * Gathers the triangle {@code column - row <= diag} of matrices into vectors.
   *
   * @param mat matrices {@code (..., n, n)}
   * @param diag the diagonal offset
   * @return vectors {@code (..., size(n, diag))}
   */
  static NDArray toVector(NDArray mat, int diag) {
    Shape s = mat.getShape();
    int n = (int) s.get(s.dimension() - 1);
    NDArray flat = mat.reshape(s.slice(0, s.dimension() - 2).add((long) n * n));
    return flat.matMul(scatter(mat, n, diag).transpose());
  }

  private static NDArray scatter(NDArray like, int n, int diag) {
    int m = size(n, diag);
    double[] v = new double[m * n * n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (j - i <= diag) {
          v[k * n * n + i * n + j] = 1;
          k++;
        }
      }
    }
    NDArray s = like.getManager().create(v, new Shape(m, (long) n * n));
    return s.toType(like.getDataType(), false);
  }
}
