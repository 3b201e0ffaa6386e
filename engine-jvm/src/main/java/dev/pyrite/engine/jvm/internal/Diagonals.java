package dev.pyrite.engine.jvm.internal;

/**
 * numpy's {@code diagonal(offset, axis1, axis2)}: the two axes are removed and the diagonal becomes
 * the last axis (a gather, so differentiable); {@code trace} sums it.
 *
 * <pre>{@code
 * NDArray d = batchOfMatrices.diagonal(0, -2, -1); // (..., n)
 * }</pre>
 */
final class Diagonals {
  private Diagonals() {}

  static JvmArray diagonal(JvmArray a, int offset, int axis1, int axis2) {
    int[] dims = a.dims();
    int a1 = Shapes.axis(axis1, dims.length);
    int a2 = Shapes.axis(axis2, dims.length);
    if (a1 == a2) {
      throw new IllegalArgumentException(
          "diagonal: axis1 and axis2 must differ, both are "
              + axis1
              + " for shape "
              + a.getShape());
    }
    int rows = offset >= 0 ? dims[a1] : dims[a1] + offset;
    int cols = offset >= 0 ? dims[a2] - offset : dims[a2];
    int len = Math.max(0, Math.min(rows, cols));
    int[] st = Shapes.strides(dims);
    int[] od = new int[dims.length - 1];
    int[] step = new int[dims.length - 1];
    for (int d = 0, j = 0; d < dims.length; d++) {
      if (d != a1 && d != a2) {
        od[j] = dims[d];
        step[j++] = st[d];
      }
    }
    od[od.length - 1] = len;
    step[step.length - 1] = st[a1] + st[a2];
    int start = len == 0 ? 0 : (offset >= 0 ? offset * st[a2] : -offset * st[a1]);
    return a.gather(Shapes.strided(od, start, step), od);
  }
}
