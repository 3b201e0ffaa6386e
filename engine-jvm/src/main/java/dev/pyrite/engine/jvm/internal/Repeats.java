package dev.pyrite.engine.jvm.internal;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;

/**
 * {@code repeat} (numpy: each element repeated along an axis), {@code tile} (the whole array
 * repeated) and {@code split} (numpy's cuts along an axis, except that a leading cut at 0 is
 * ignored, as DJL's {@code split(sections)} passes one), all gathers of the input, so
 * differentiable.
 *
 * <pre>{@code
 * x.repeat(0, 3);          // [a, a, a, b, b, b]
 * x.tile(new long[] {2});  // [a, b, a, b]
 * x.split(new long[] {1}, 0);
 * }</pre>
 */
final class Repeats {
  private Repeats() {}

  static JvmArray repeat(JvmArray a, int axis, long repeats) {
    int reps = count("repeat", repeats);
    int[] dims = a.dims();
    if (dims.length == 0) {
      return repeat(a.view(new int[] {1}), 0, repeats);
    }
    Lines l = new Lines(dims, axis);
    int[] od = dims.clone();
    od[l.axis] = l.len * reps;
    int[] map = new int[l.outer * l.len * reps * l.inner];
    int p = 0;
    for (int o = 0; o < l.outer; o++) {
      for (int j = 0; j < l.len * reps; j++) {
        for (int i = 0; i < l.inner; i++) {
          map[p++] = l.at(o, i, j / reps);
        }
      }
    }
    return a.gather(map, od);
  }

  /** Repeats along every axis in turn, {@code repeats[d]} times along axis {@code d}. */
  static JvmArray repeat(JvmArray a, long[] repeats) {
    checkRank("repeat", repeats.length, a.dims().length);
    JvmArray r = a;
    for (int d = 0; d < repeats.length; d++) {
      r = repeat(r, d, repeats[d]);
    }
    return r;
  }

  /** numpy {@code tile}: the repeats align with the trailing axes, prepending axes of size 1. */
  static JvmArray tile(JvmArray a, long[] repeats) {
    int[] dims = a.dims();
    int rank = Math.max(dims.length, repeats.length);
    int[] in = new int[rank];
    int[] od = new int[rank];
    for (int d = 0; d < rank; d++) {
      int k = d - (rank - dims.length);
      int r = d - (rank - repeats.length);
      in[d] = k < 0 ? 1 : dims[k];
      od[d] = in[d] * (r < 0 ? 1 : count("tile", repeats[r]));
    }
    int[] st = Shapes.strides(in);
    int[] map = new int[Broadcast.size(od)];
    int[] idx = new int[rank];
    for (int p = 0; p < map.length; p++) {
      int src = 0;
      for (int d = 0; d < rank; d++) {
        src += (idx[d] % in[d]) * st[d];
      }
      map[p] = src;
      for (int d = rank - 1; d >= 0 && ++idx[d] == od[d]; d--) {
        idx[d] = 0;
      }
    }
    return a.gather(map, od);
  }

  static JvmArray tile(JvmArray a, int axis, long repeats) {
    long[] reps = new long[a.dims().length];
    java.util.Arrays.fill(reps, 1);
    reps[Shapes.axis(axis, reps.length)] = repeats;
    return tile(a, reps);
  }

  /** The repeats per axis that take this array's shape to {@code target} (DJL's rule). */
  static long[] toMatch(JvmArray a, Shape target, String op) {
    int[] dims = a.dims();
    checkRank(op, target.dimension(), dims.length);
    long[] reps = new long[dims.length];
    for (int d = 0; d < dims.length; d++) {
      if (dims[d] == 0 || target.get(d) % dims[d] != 0) {
        throw new IllegalArgumentException(
            op + ": cannot reach " + target + " from " + a.getShape() + " by whole repeats");
      }
      reps[d] = target.get(d) / dims[d];
    }
    return reps;
  }

  static NDList split(JvmArray a, long[] indices, int axis) {
    int[] dims = a.dims();
    Lines l = new Lines(dims, axis);
    NDList parts = new NDList(indices.length + 1);
    int start = 0;
    // DJL's split(sections) passes the start of every part, 0 included: a leading 0 cuts nothing
    int first = indices.length > 0 && indices[0] == 0 ? 1 : 0;
    for (int k = first; k <= indices.length; k++) {
      int end = k < indices.length ? (int) Math.min(l.len, indices[k]) : l.len;
      if (end < start) {
        throw new IllegalArgumentException(
            "split: indices " + java.util.Arrays.toString(indices) + " must be increasing");
      }
      int[] od = dims.clone();
      od[l.axis] = end - start;
      int[] map = new int[l.outer * (end - start) * l.inner];
      int p = 0;
      for (int o = 0; o < l.outer; o++) {
        for (int j = start; j < end; j++) {
          for (int i = 0; i < l.inner; i++) {
            map[p++] = l.at(o, i, j);
          }
        }
      }
      parts.add(a.gather(map, od));
      start = end;
    }
    return parts;
  }

  private static int count(String op, long repeats) {
    if (repeats < 0 || repeats > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(op + ": repeats must be >= 0, got " + repeats);
    }
    return (int) repeats;
  }

  private static void checkRank(String op, int given, int rank) {
    if (given != rank) {
      throw new IllegalArgumentException(
          op + ": " + given + " repeats given for an array of rank " + rank);
    }
  }
}
