package dev.pyrite.engine.jvm.internal;

import ai.djl.ndarray.types.Shape;
import java.util.Arrays;

/** Shape arithmetic: reshape, expand, squeeze, flatten, permutations, strides. */
public final class Shapes {
  private Shapes() {}

  /**
   * A DJL shape as ints.
   *
   * @param s the shape
   * @return its dimensions
   */
  public static int[] toInts(Shape s) {
    int[] d = new int[s.dimension()];
    for (int i = 0; i < d.length; i++) {
      long v = s.get(i);
      if (v < 0 || v > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("invalid dimension " + v + " in shape " + s);
      }
      d[i] = (int) v;
    }
    return d;
  }

  static int[] reshape(int[] dims, Shape target) {
    int size = Broadcast.size(dims);
    int[] d = new int[target.dimension()];
    int infer = -1;
    int known = 1;
    for (int i = 0; i < d.length; i++) {
      long v = target.get(i);
      if (v == -1) {
        if (infer >= 0) {
          throw new IllegalArgumentException("reshape to " + target + ": more than one -1");
        }
        infer = i;
      } else {
        d[i] = (int) v;
        known *= d[i];
      }
    }
    if (infer >= 0) {
      if (known == 0 || size % known != 0) {
        throw new IllegalArgumentException(
            "cannot reshape " + Arrays.toString(dims) + " to " + target);
      }
      d[infer] = size / known;
    }
    return d;
  }

  static int axis(int axis, int rank) {
    int a = axis < 0 ? axis + rank : axis;
    if (a < 0 || a >= rank) {
      throw new IllegalArgumentException("axis " + axis + " is out of range for rank " + rank);
    }
    return a;
  }

  static int[] expand(int[] dims, int axis) {
    int a = axis(axis, dims.length + 1);
    int[] d = new int[dims.length + 1];
    for (int i = 0, j = 0; i < d.length; i++) {
      d[i] = i == a ? 1 : dims[j++];
    }
    return d;
  }

  static int[] squeeze(int[] dims, int[] axes) {
    boolean[] mask = new boolean[dims.length];
    if (axes == null) {
      for (int i = 0; i < dims.length; i++) {
        mask[i] = dims[i] == 1;
      }
    } else {
      for (int a : axes) {
        int ax = axis(a, dims.length);
        if (dims[ax] != 1) {
          throw new IllegalArgumentException(
              "cannot squeeze axis " + a + " of size " + dims[ax] + " in " + Arrays.toString(dims));
        }
        mask[ax] = true;
      }
    }
    return squeezeMask(dims, mask);
  }

  static int[] squeezeMask(int[] dims, boolean[] mask) {
    if (mask == null) {
      return new int[0];
    }
    int n = 0;
    for (boolean m : mask) {
      n += m ? 0 : 1;
    }
    int[] d = new int[n];
    for (int i = 0, j = 0; i < dims.length; i++) {
      if (!mask[i]) {
        d[j++] = dims[i];
      }
    }
    return d;
  }

  static int[] flatten(int[] dims, int start, int end) {
    int s = axis(start, dims.length);
    int e = axis(end, dims.length);
    int[] d = new int[dims.length - (e - s)];
    int j = 0;
    for (int i = 0; i < s; i++) {
      d[j++] = dims[i];
    }
    int p = 1;
    for (int i = s; i <= e; i++) {
      p *= dims[i];
    }
    d[j++] = p;
    for (int i = e + 1; i < dims.length; i++) {
      d[j++] = dims[i];
    }
    return d;
  }

  static int[] permutation(int[] axes, int rank) {
    if (axes.length != rank) {
      throw new IllegalArgumentException(
          "transpose axes " + Arrays.toString(axes) + " do not match rank " + rank);
    }
    int[] p = new int[rank];
    boolean[] seen = new boolean[rank];
    for (int i = 0; i < rank; i++) {
      p[i] = axis(axes[i], rank);
      if (seen[p[i]]) {
        throw new IllegalArgumentException("repeated axis in " + Arrays.toString(axes));
      }
      seen[p[i]] = true;
    }
    return p;
  }

  static int[] strides(int[] dims) {
    int[] s = new int[dims.length];
    int acc = 1;
    for (int i = dims.length - 1; i >= 0; i--) {
      s[i] = acc;
      acc *= dims[i];
    }
    return s;
  }

  /**
   * For each flat index of an array laid out as {@code start + sum(j[d] * step[d])} over an
   * odometer of {@code shape}, the source flat index.
   */
  static int[] strided(int[] shape, int start, int[] step) {
    int n = Broadcast.size(shape);
    int[] map = new int[n];
    int[] idx = new int[shape.length];
    int pos = start;
    for (int i = 0; i < n; i++) {
      map[i] = pos;
      for (int d = shape.length - 1; d >= 0; d--) {
        idx[d]++;
        pos += step[d];
        if (idx[d] < shape[d]) {
          break;
        }
        pos -= step[d] * idx[d];
        idx[d] = 0;
      }
    }
    return map;
  }

  static int[] transposeMap(int[] dims, int[] perm) {
    int[] st = strides(dims);
    int[] od = new int[dims.length];
    int[] step = new int[dims.length];
    for (int i = 0; i < dims.length; i++) {
      od[i] = dims[perm[i]];
      step[i] = st[perm[i]];
    }
    return strided(od, 0, step);
  }
}
