package dev.pyrite.testkit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.opentest4j.AssertionFailedError;

/**
 * The one closeness assertion of the test suites: {@code |actual - expected| <= atol + rtol *
 * |expected|} elementwise, shape first, reporting the worst index.
 *
 * <pre>{@code
 * assertClose(guide.median(x).get("p"), 0.686, 0.0, 0.01);
 * }</pre>
 */
public final class Assertions {
  private Assertions() {}

  /**
   * Asserts two scalars are close.
   *
   * @param actual the computed value
   * @param expected the reference value
   * @param rtol relative tolerance
   * @param atol absolute tolerance
   */
  public static void assertClose(double actual, double expected, double rtol, double atol) {
    assertClose(new double[] {actual}, new double[] {expected}, new Shape(), rtol, atol);
  }

  /**
   * Asserts an array is close to a reference array of the same shape.
   *
   * @param actual the computed array
   * @param expected the reference values, row-major
   * @param expectedShape the reference shape
   * @param rtol relative tolerance
   * @param atol absolute tolerance
   */
  public static void assertClose(
      NDArray actual, double[] expected, Shape expectedShape, double rtol, double atol) {
    if (!actual.getShape().equals(expectedShape)) {
      throw new AssertionFailedError(
          "shape mismatch: expected " + expectedShape + " but was " + actual.getShape());
    }
    assertClose(values(actual), expected, expectedShape, rtol, atol);
  }

  /**
   * Asserts an array is close to a scalar everywhere.
   *
   * @param actual the computed array
   * @param expected the reference value
   * @param rtol relative tolerance
   * @param atol absolute tolerance
   */
  public static void assertClose(NDArray actual, double expected, double rtol, double atol) {
    double[] v = values(actual);
    double[] e = new double[v.length];
    java.util.Arrays.fill(e, expected);
    assertClose(v, e, actual.getShape(), rtol, atol);
  }

  /**
   * Asserts two arrays of the same shape are close.
   *
   * @param actual the computed array
   * @param expected the reference array
   * @param rtol relative tolerance
   * @param atol absolute tolerance
   */
  public static void assertClose(NDArray actual, NDArray expected, double rtol, double atol) {
    assertClose(actual, values(expected), expected.getShape(), rtol, atol);
  }

  private static void assertClose(
      double[] actual, double[] expected, Shape shape, double rtol, double atol) {
    if (actual.length != expected.length) {
      throw new AssertionFailedError(
          "size mismatch: expected " + expected.length + " values but got " + actual.length);
    }
    int worst = -1;
    double worstExcess = 0;
    for (int i = 0; i < actual.length; i++) {
      double a = actual[i];
      double e = expected[i];
      boolean same = (Double.isNaN(a) && Double.isNaN(e)) || a == e;
      double excess = same ? 0 : Math.abs(a - e) - (atol + rtol * Math.abs(e));
      if (Double.isNaN(excess) || excess > worstExcess || (Double.isNaN(a) != Double.isNaN(e))) {
        worst = i;
        worstExcess = Double.isNaN(excess) ? Double.POSITIVE_INFINITY : excess;
      }
    }
    if (worst >= 0) {
      throw new AssertionFailedError(
          String.format(
              "not close (rtol=%g, atol=%g): at flat index %d of shape %s expected %.17g but was"
                  + " %.17g (|diff| %.3g)",
              rtol,
              atol,
              worst,
              shape,
              expected[worst],
              actual[worst],
              Math.abs(actual[worst] - expected[worst])));
    }
  }

  private static double[] values(NDArray a) {
    return a.toType(DataType.FLOAT64, false).toDoubleArray();
  }
}
