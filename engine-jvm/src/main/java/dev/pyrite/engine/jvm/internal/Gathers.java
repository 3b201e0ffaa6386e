package dev.pyrite.engine.jvm.internal;

import ai.djl.ndarray.types.DataType;
import dev.pyrite.engine.jvm.internal.autograd.Tape;
import java.util.Arrays;

/**
 * Reading by index arrays ({@code take}, {@code gather}, {@code pick}, {@code gatherNd}), writing
 * by them out of place ({@code scatter}, {@code put}), and {@code oneHot}. Reads are gathers of the
 * input, so their gradient is a scatter-add; a write passes the gradient to the written values and
 * to the input entries it kept. Indices may be negative (from the end).
 *
 * <pre>{@code
 * NDArray rows = x.get(new NDIndex("{}", idx)); // take along axis 0
 * NDArray g = x.gather(idx2d, 1);               // torch.gather
 * }</pre>
 */
final class Gathers {
  private Gathers() {}

  /** numpy {@code take(a.flatten(), index)}: the output has the index's shape. */
  static JvmArray takeFlat(JvmArray a, JvmArray index) {
    return a.gather(Indices.read(index, a.data().length, "NDArray.take"), index.dims());
  }

  /** numpy {@code take(a, index, axis)}: the axis is replaced by the index's dimensions. */
  static JvmArray takeAlong(JvmArray a, JvmArray index, int axis) {
    Lines l = new Lines(a.dims(), axis);
    int[] at = Indices.read(index, l.len, "NDArray.get(take)");
    int[] dims = a.dims();
    int[] od = new int[dims.length - 1 + index.dims().length];
    System.arraycopy(dims, 0, od, 0, l.axis);
    System.arraycopy(index.dims(), 0, od, l.axis, index.dims().length);
    System.arraycopy(dims, l.axis + 1, od, l.axis + index.dims().length, dims.length - l.axis - 1);
    int[] map = new int[l.outer * at.length * l.inner];
    for (int o = 0, p = 0; o < l.outer; o++) {
      for (int t : at) {
        for (int i = 0; i < l.inner; i++) {
          map[p++] = l.at(o, i, t);
        }
      }
    }
    return a.gather(map, od);
  }

  /**
   * torch {@code gather(a, axis, index)}: {@code out[..j..] = a[..index[..j..]..]} along the axis.
   */
  static JvmArray gather(JvmArray a, JvmArray index, int axis) {
    return a.gather(alongMap(a, index, index.dims(), axis, "NDArray.gather"), index.dims());
  }

  /**
   * DJL's pick: a gather along the axis; an index of one rank less than the array picks one element
   * per line and drops the axis.
   */
  static JvmArray pick(JvmArray a, JvmArray index, int axis) {
    int rank = a.dims().length;
    if (index.dims().length == rank) {
      return gather(a, index, axis);
    }
    if (index.dims().length != rank - 1) {
      throw new IllegalArgumentException(
          "pick: the index of shape "
              + index.getShape()
              + " must have the rank of the array "
              + a.getShape()
              + " or one less");
    }
    int ax = Shapes.axis(axis, rank);
    int[] expanded = Shapes.expand(index.dims(), ax);
    return a.gather(alongMap(a, index, expanded, ax, "NDArray.get(pick)"), index.dims());
  }

  /** MXNet {@code gather_nd}: the first index axis addresses the leading array axes. */
  static JvmArray gatherNd(JvmArray a, JvmArray index) {
    int[] id = index.dims();
    int[] dims = a.dims();
    int depth = id.length == 0 ? 0 : id[0];
    if (id.length == 0 || depth > dims.length) {
      throw new IllegalArgumentException(
          "gatherNd: the index of shape "
              + index.getShape()
              + " needs rank >= 1 and a first dimension of at most the rank of "
              + a.getShape());
    }
    int points = index.data().length / Math.max(1, depth);
    int rest = Broadcast.size(Arrays.copyOfRange(dims, depth, dims.length));
    int[] strides = Shapes.strides(dims);
    int[] map = new int[points * rest];
    for (int y = 0; y < points; y++) {
      int base = 0;
      for (int d = 0; d < depth; d++) {
        base +=
            Indices.one(index.data()[d * points + y], dims[d], "gatherNd", d * points + y)
                * strides[d];
      }
      for (int r = 0; r < rest; r++) {
        map[y * rest + r] = base + r;
      }
    }
    int[] od = new int[id.length - 1 + dims.length - depth];
    System.arraycopy(id, 1, od, 0, id.length - 1);
    System.arraycopy(dims, depth, od, id.length - 1, dims.length - depth);
    return a.gather(map, od);
  }

  /** torch {@code scatter(a, axis, index, value)} out of place; the last write to a place wins. */
  static JvmArray scatter(JvmArray a, JvmArray index, JvmArray value, int axis) {
    int[] target = alongMap(a, index, index.dims(), axis, "NDArray.scatter");
    return write(a, target, readValues(value, index.dims(), "NDArray.scatter"), value);
  }

  /** DJL {@code put}: writes {@code value} at the flat positions {@code index}, out of place. */
  static JvmArray put(JvmArray a, JvmArray index, JvmArray value) {
    int[] target = Indices.read(index, a.data().length, "NDArray.put");
    return write(a, target, readValues(value, index.dims(), "NDArray.put"), value);
  }

  static JvmArray oneHot(JvmArray a, int depth, float on, float off, DataType type) {
    if (depth < 1) {
      throw new IllegalArgumentException("oneHot: depth must be >= 1, got " + depth);
    }
    int[] at = Indices.read(a, depth, "NDArray.oneHot");
    double[] out = new double[at.length * depth];
    if (off != 0) {
      Arrays.fill(out, off);
    }
    for (int i = 0; i < at.length; i++) {
      out[i * depth + at[i]] = on;
    }
    int[] od = Arrays.copyOf(a.dims(), a.dims().length + 1);
    od[od.length - 1] = depth;
    return a.like(out, od, type);
  }

  /**
   * For each position of {@code index} (read with the dimensions {@code id}), the flat position in
   * {@code a} it addresses along the axis.
   */
  private static int[] alongMap(JvmArray a, JvmArray index, int[] id, int axis, String op) {
    int[] dims = a.dims();
    if (id.length != dims.length) {
      throw new IllegalArgumentException(
          op
              + ": the index of shape "
              + index.getShape()
              + " must have the rank of "
              + a.getShape());
    }
    int ax = Shapes.axis(axis, dims.length);
    for (int d = 0; d < dims.length; d++) {
      if (d != ax && id[d] > dims[d]) {
        throw new IllegalArgumentException(
            op
                + ": the index of shape "
                + index.getShape()
                + " exceeds "
                + a.getShape()
                + " at axis "
                + d);
      }
    }
    int[] st = Shapes.strides(dims);
    int[] map = Shapes.strided(id, 0, withoutAxis(st, ax));
    double[] v = index.data();
    for (int p = 0; p < map.length; p++) {
      map[p] += Indices.one(v[p], dims[ax], op, p) * st[ax];
    }
    return map;
  }

  private static int[] withoutAxis(int[] strides, int axis) {
    int[] s = strides.clone();
    s[axis] = 0;
    return s;
  }

  private static int[] readValues(JvmArray value, int[] dims, String op) {
    if (Arrays.equals(value.dims(), dims)) {
      return null;
    }
    if (Broadcast.size(value.dims()) == 1) {
      return new int[Broadcast.size(dims)];
    }
    throw new IllegalArgumentException(
        op
            + ": the values of shape "
            + value.getShape()
            + " must have the index's shape "
            + Arrays.toString(dims));
  }

  private static JvmArray write(JvmArray a, int[] target, int[] valueMap, JvmArray value) {
    double[] out = a.data().clone();
    double[] v = value.data();
    for (int p = 0; p < target.length; p++) {
      out[target[p]] = v[valueMap == null ? p : valueMap[p]];
    }
    JvmArray r = a.like(out, a.dims(), Values.promote(a.dtype(), value.dtype()));
    int n = out.length;
    return Tape.record(
        r,
        (g, gi) -> {
          boolean[] written = new boolean[n];
          int[] last = new int[n];
          for (int p = 0; p < target.length; p++) {
            written[target[p]] = true;
            last[target[p]] = p;
          }
          if (gi[0] != null) {
            for (int i = 0; i < n; i++) {
              gi[0][i] += written[i] ? 0 : g[i];
            }
          }
          if (gi[1] != null) {
            for (int i = 0; i < n; i++) {
              if (written[i]) {
                int p = last[i];
                gi[1][valueMap == null ? p : valueMap[p]] += g[i];
              }
            }
          }
        },
        a,
        value);
  }
}
