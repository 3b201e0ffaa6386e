package dev.pyrite.engine.jvm.internal;

/**
 * Reads an index array: integer values in {@code [-size, size)}, negatives counting from the end.
 *
 * <pre>{@code
 * int[] at = Indices.read(index, 5, "NDArray.take"); // -1 becomes 4
 * }</pre>
 */
final class Indices {
  private Indices() {}

  static int[] read(JvmArray index, int size, String op) {
    double[] v = index.data();
    int[] out = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = one(v[i], size, op, i);
    }
    return out;
  }

  static int one(double v, int size, String op, int at) {
    if (!(v >= -size && v < size) || v != Math.rint(v)) {
      throw new IllegalArgumentException(
          op
              + ": index "
              + v
              + " (entry "
              + at
              + " of the index array) is not an integer in ["
              + (-size)
              + ", "
              + size
              + ")");
    }
    int k = (int) v;
    return k < 0 ? k + size : k;
  }
}
