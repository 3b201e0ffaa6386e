package dev.pyrite.internal.tensor;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Constant arrays on the manager and in the floating dtype of another array, so no op promotes
 * float32 to float64 (as a Java {@code double} argument does on PyTorch).
 *
 * <pre>{@code
 * NDArray k = Constants.of(new double[] {0, 1, 2}, new Shape(3), x); // x's dtype and manager
 * }</pre>
 */
public final class Constants {
  private Constants() {}

  /**
   * An array of values.
   *
   * @param values the values, row-major
   * @param shape their shape
   * @param like the array whose manager and dtype to use
   * @return the constant
   */
  public static NDArray of(double[] values, Shape shape, NDArray like) {
    NDManager m = like.getManager();
    if (like.getDataType() == DataType.FLOAT64) {
      return m.create(values, shape);
    }
    float[] f = new float[values.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) values[i];
    }
    NDArray out = m.create(f, shape);
    return like.getDataType() == DataType.FLOAT32 ? out : out.toType(like.getDataType(), false);
  }

  /**
   * A scalar.
   *
   * @param value the value
   * @param like the array whose manager and dtype to use
   * @return a 0-dimensional constant
   */
  public static NDArray scalar(double value, NDArray like) {
    return of(new double[] {value}, new Shape(), like);
  }

  /**
   * The {@code n x n} matrix with ones where {@code column - row <= k} and zeros elsewhere: the
   * mask of {@code tril(., k)}.
   *
   * @param n the size
   * @param k the diagonal offset (0: main diagonal included, -1: strictly lower)
   * @param like the array whose manager and dtype to use
   * @return the mask
   */
  public static NDArray lowerMask(int n, int k, NDArray like) {
    double[] v = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        v[i * n + j] = j - i <= k ? 1 : 0;
      }
    }
    return of(v, new Shape(n, n), like);
  }

  /**
   * The identity matrix.
   *
   * @param n the size
   * @param like the array whose manager and dtype to use
   * @return the {@code n x n} identity
   */
  public static NDArray eye(int n, NDArray like) {
    double[] v = new double[n * n];
    for (int i = 0; i < n; i++) {
      v[i * n + i] = 1;
    }
    return of(v, new Shape(n, n), like);
  }

  /**
   * The last dimension of an array's shape.
   *
   * @param a the array
   * @return its size along the last axis
   */
  public static int lastDim(NDArray a) {
    Shape s = a.getShape();
    return (int) s.get(s.dimension() - 1);
  }
}
