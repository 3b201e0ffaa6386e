package dev.pyrite.engine.jvm.internal;

import java.util.Arrays;

/**
 * NumPy broadcasting: the broadcast shape of two shapes and the index map that reads an array of
 * one shape as an array of a larger, broadcast shape.
 */
public final class Broadcast {
  private Broadcast() {}

  /**
   * The number of elements of a shape.
   *
   * @param dims the shape
   * @return the product of the dimensions (1 for a scalar)
   */
  public static int size(int[] dims) {
    int n = 1;
    for (int d : dims) {
      n *= d;
    }
    return n;
  }

  /**
   * The broadcast shape of two shapes (dimensions aligned from the right; 1 stretches).
   *
   * @param a the first shape
   * @param b the second shape
   * @return the broadcast shape
   * @throws IllegalArgumentException when the shapes do not broadcast
   */
  public static int[] dims(int[] a, int[] b) {
    if (Arrays.equals(a, b)) {
      return a;
    }
    int n = Math.max(a.length, b.length);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int da = i < n - a.length ? 1 : a[i - (n - a.length)];
      int db = i < n - b.length ? 1 : b[i - (n - b.length)];
      if (da != db && da != 1 && db != 1) {
        throw new IllegalArgumentException(
            "shapes "
                + Arrays.toString(a)
                + " and "
                + Arrays.toString(b)
                + " do not broadcast (dimension "
                + i
                + ": "
                + da
                + " vs "
                + db
                + ")");
      }
      out[i] = da == 1 ? db : da;
    }
    return out;
  }

  /**
   * For each flat (row-major) index of an array of shape {@code out}, the flat index of the element
   * of an array of shape {@code in} that broadcasting reads there.
   *
   * @param out the broadcast shape
   * @param in the shape being broadcast (broadcastable to {@code out})
   * @return the index map, of length {@code size(out)}
   */
  public static int[] map(int[] out, int[] in) {
    int n = out.length;
    int[] stride = new int[n];
    int s = 1;
    for (int i = n - 1; i >= 0; i--) {
      int k = i - (n - in.length);
      int d = k < 0 ? 1 : in[k];
      if (d != 1 && d != out[i]) {
        throw new IllegalArgumentException(
            "shape " + Arrays.toString(in) + " does not broadcast to " + Arrays.toString(out));
      }
      stride[i] = d == 1 ? 0 : s;
      s *= d;
    }
    int total = size(out);
    int[] map = new int[total];
    int[] idx = new int[n];
    int pos = 0;
    for (int i = 0; i < total; i++) {
      map[i] = pos;
      for (int d = n - 1; d >= 0; d--) {
        idx[d]++;
        pos += stride[d];
        if (idx[d] < out[d]) {
          break;
        }
        pos -= stride[d] * idx[d];
        idx[d] = 0;
      }
    }
    return map;
  }

  /**
   * Sums a gradient of the broadcast shape back onto the shape that was broadcast.
   *
   * @param g the gradient, of shape {@code out}
   * @param map the map from {@link #map}, or {@code null} when the shapes are equal
   * @param inSize the number of elements of the broadcast input
   * @return the reduced gradient
   */
  public static double[] reduce(double[] g, int[] map, int inSize) {
    if (map == null) {
      return g;
    }
    double[] r = new double[inSize];
    for (int i = 0; i < g.length; i++) {
      r[map[i]] += g[i];
    }
    return r;
  }
}
