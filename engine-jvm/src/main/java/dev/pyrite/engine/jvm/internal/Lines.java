package dev.pyrite.engine.jvm.internal;

/**
 * The 1-D lines of an array along one axis: line {@code (o, i)} holds the elements at flat
 * positions {@code (o * len + j) * inner + i} for {@code j < len}.
 *
 * <pre>{@code
 * Lines l = new Lines(new int[] {2, 3}, 1); // 2 lines of length 3
 * int at = l.at(1, 0, 2);                   // flat index of element [1, 2]
 * }</pre>
 */
final class Lines {
  final int axis;
  final int outer;
  final int len;
  final int inner;

  Lines(int[] dims, int axis) {
    this.axis = Shapes.axis(axis, dims.length);
    int o = 1;
    for (int d = 0; d < this.axis; d++) {
      o *= dims[d];
    }
    int in = 1;
    for (int d = this.axis + 1; d < dims.length; d++) {
      in *= dims[d];
    }
    outer = o;
    len = dims[this.axis];
    inner = in;
  }

  /** The number of lines. */
  int count() {
    return outer * inner;
  }

  /** The flat index of element {@code j} of line {@code (o, i)}. */
  int at(int o, int i, int j) {
    return (o * len + j) * inner + i;
  }

  /** Copies line {@code (o, i)} of {@code data} into {@code buf}. */
  void read(double[] data, int o, int i, double[] buf) {
    for (int j = 0; j < len; j++) {
      buf[j] = data[at(o, i, j)];
    }
  }
}
