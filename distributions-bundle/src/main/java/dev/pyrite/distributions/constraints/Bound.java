package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** A constraint bound: a number, or an array that broadcasts against the values checked. */
final class Bound {
  private final double value;
  private final NDArray array;

  private Bound(double value, NDArray array) {
    this.value = value;
    this.array = array;
  }

  static Bound of(double value) {
    return new Bound(value, null);
  }

  static Bound of(NDArray array) {
    return new Bound(Double.NaN, array);
  }

  boolean isScalar() {
    return array == null;
  }

  double value(String constraint) {
    if (array != null) {
      throw new IllegalStateException(
          constraint + " has an array bound; read it with the array accessor");
    }
    return value;
  }

  NDArray array() {
    return array;
  }

  boolean is(double v) {
    return array == null && value == v;
  }

  /** {@code x > bound}. */
  NDArray above(NDArray x) {
    return array == null ? x.gt(value) : x.gt(array);
  }

  /** {@code x >= bound}. */
  NDArray atLeast(NDArray x) {
    return array == null ? x.gte(value) : x.gte(array);
  }

  /** {@code x < bound}. */
  NDArray below(NDArray x) {
    return array == null ? x.lt(value) : x.lt(array);
  }

  /** {@code x <= bound}. */
  NDArray atMost(NDArray x) {
    return array == null ? x.lte(value) : x.lte(array);
  }

  String text() {
    if (array == null) {
      return Double.toString(value);
    }
    double[] v = array.stopGradient().toType(DataType.FLOAT64, false).toDoubleArray();
    if (array.getShape().dimension() == 0) {
      return Double.toString(v[0]);
    }
    StringBuilder sb = new StringBuilder("tensor([");
    for (int i = 0; i < Math.min(v.length, 6); i++) {
      sb.append(i == 0 ? "" : ", ").append(v[i]);
    }
    return sb.append(v.length > 6 ? ", ...])" : "])").toString();
  }
}
