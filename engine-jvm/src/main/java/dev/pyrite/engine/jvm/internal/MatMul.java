package dev.pyrite.engine.jvm.internal;

/** Dense matrix products on row-major blocks. */
public final class MatMul {
  private MatMul() {}

  /**
   * {@code c[cOff..] += op(a) * op(b)} for an {@code n x m} result with inner dimension {@code k}.
   *
   * @param a left data
   * @param aOff offset of the left block
   * @param transA whether the left block is stored {@code k x n}
   * @param b right data
   * @param bOff offset of the right block
   * @param transB whether the right block is stored {@code m x k}
   * @param c result data
   * @param cOff offset of the result block
   * @param n rows of the result
   * @param k inner dimension
   * @param m columns of the result
   */
  public static void multiplyAdd(
      double[] a,
      int aOff,
      boolean transA,
      double[] b,
      int bOff,
      boolean transB,
      double[] c,
      int cOff,
      int n,
      int k,
      int m) {
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < k; p++) {
        double av = transA ? a[aOff + p * n + i] : a[aOff + i * k + p];
        int row = cOff + i * m;
        if (transB) {
          for (int j = 0; j < m; j++) {
            c[row + j] += av * b[bOff + j * k + p];
          }
        } else {
          int brow = bOff + p * m;
          for (int j = 0; j < m; j++) {
            c[row + j] += av * b[brow + j];
          }
        }
      }
    }
  }
}
