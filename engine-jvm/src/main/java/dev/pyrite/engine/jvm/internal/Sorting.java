package dev.pyrite.engine.jvm.internal;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;

/**
 * Sorting along an axis: {@code sort} (differentiable, a gather of the input), {@code argSort} and
 * {@code topK}. Stable; NaN counts as the largest value (numpy puts it last in ascending order).
 *
 * <pre>{@code
 * NDArray s = x.sort(-1);
 * NDList top = x.topK(2, -1, true, true); // values, then INT64 indices
 * }</pre>
 */
final class Sorting {
  private Sorting() {}

  static JvmArray sort(JvmArray a, int axis, boolean ascending) {
    if (a.dims().length == 0) {
      return (JvmArray) a.duplicate();
    }
    Lines l = new Lines(a.dims(), axis);
    return a.gather(positions(a, l, l.len, ascending, false), a.dims());
  }

  static JvmArray argSort(JvmArray a, int axis, boolean ascending) {
    if (a.dims().length == 0) {
      return a.like(new double[] {0}, a.dims(), DataType.INT64);
    }
    Lines l = new Lines(a.dims(), axis);
    return a.like(toDouble(positions(a, l, l.len, ascending, true)), a.dims(), DataType.INT64);
  }

  static NDList topK(JvmArray a, int k, int axis, boolean largest, boolean sorted) {
    int[] dims = a.dims();
    if (dims.length == 0) {
      throw new IllegalArgumentException("topK: needs an array of rank >= 1, got a scalar");
    }
    Lines l = new Lines(dims, axis);
    if (k < 0 || k > l.len) {
      throw new IllegalArgumentException(
          "topK: k = " + k + " must be in [0, " + l.len + "], the length of axis " + axis);
    }
    int[] od = dims.clone();
    od[l.axis] = k;
    int[] order = positions(a, l, k, !largest, true);
    int[] flat = new int[order.length];
    Lines out = new Lines(od, l.axis);
    for (int o = 0; o < l.outer; o++) {
      for (int i = 0; i < l.inner; i++) {
        for (int j = 0; j < k; j++) {
          flat[out.at(o, i, j)] = l.at(o, i, order[out.at(o, i, j)]);
        }
      }
    }
    return new NDList(a.gather(flat, od), a.like(toDouble(order), od, DataType.INT64));
  }

  /**
   * For every line, its first {@code keep} positions in sorted order, laid out like the input with
   * the axis cut to {@code keep}: positions along the axis when {@code alongAxis}, flat source
   * indices otherwise.
   */
  private static int[] positions(
      JvmArray a, Lines l, int keep, boolean ascending, boolean alongAxis) {
    double[] buf = new double[l.len];
    int[] out = new int[l.outer * keep * l.inner];
    for (int o = 0; o < l.outer; o++) {
      for (int i = 0; i < l.inner; i++) {
        l.read(a.data(), o, i, buf);
        int[] order = IndexSort.order(buf, ascending);
        for (int j = 0; j < keep; j++) {
          out[(o * keep + j) * l.inner + i] = alongAxis ? order[j] : l.at(o, i, order[j]);
        }
      }
    }
    return out;
  }

  static double[] toDouble(int[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i];
    }
    return d;
  }
}
