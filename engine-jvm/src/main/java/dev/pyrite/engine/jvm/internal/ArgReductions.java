package dev.pyrite.engine.jvm.internal;

import ai.djl.ndarray.types.DataType;

/**
 * {@code argMax} and {@code argMin}, over the whole array or along an axis, as INT64: the first
 * position of the extreme value, and the first NaN if there is one (numpy's and torch's rule).
 *
 * <pre>{@code
 * long i = x.argMax().getLong();
 * NDArray rows = x.argMin(1);
 * }</pre>
 */
final class ArgReductions {
  private ArgReductions() {}

  static JvmArray all(JvmArray a, boolean max) {
    double[] d = a.data();
    check(d.length, max);
    return a.like(new double[] {best(d, 0, d.length, 1, max)}, new int[0], DataType.INT64);
  }

  static JvmArray along(JvmArray a, int axis, boolean max) {
    int[] dims = a.dims();
    if (dims.length == 0) {
      return all(a, max);
    }
    Lines l = new Lines(dims, axis);
    check(l.len, max);
    double[] out = new double[l.count()];
    for (int o = 0; o < l.outer; o++) {
      for (int i = 0; i < l.inner; i++) {
        out[o * l.inner + i] = best(a.data(), l.at(o, i, 0), l.len, l.inner, max);
      }
    }
    return a.like(out, Shapes.squeezeMask(dims, mask(dims.length, l.axis)), DataType.INT64);
  }

  private static int best(double[] d, int start, int len, int stride, boolean max) {
    int bestJ = 0;
    double bestV = d[start];
    for (int j = 0; j < len && !Double.isNaN(bestV); j++) {
      double v = d[start + j * stride];
      if (Double.isNaN(v) || (max ? v > bestV : v < bestV)) {
        bestV = v;
        bestJ = j;
      }
    }
    return bestJ;
  }

  private static void check(int len, boolean max) {
    if (len == 0) {
      throw new IllegalArgumentException(
          (max ? "argMax" : "argMin") + ": the array (or the reduced axis) is empty");
    }
  }

  private static boolean[] mask(int rank, int axis) {
    boolean[] m = new boolean[rank];
    m[axis] = true;
    return m;
  }
}
