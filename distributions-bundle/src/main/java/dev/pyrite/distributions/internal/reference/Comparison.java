package dev.pyrite.distributions.internal.reference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pyrite.distributions.reference.Outcome;
import java.util.Locale;

/**
 * Compares a computed array with a reference value: shape first, then {@code |a - e| <= atol + rtol
 * |e|} elementwise, with NaN equal to NaN and infinities equal when their signs are.
 */
public final class Comparison {
  private static final int SHOWN = 8;
  private final double rtol;
  private final double atol;

  /**
   * Creates the comparison.
   *
   * @param rtol relative tolerance
   * @param atol absolute tolerance
   */
  public Comparison(double rtol, double atol) {
    this.rtol = rtol;
    this.atol = atol;
  }

  /**
   * The verdict on one quantity.
   *
   * @param id the case id
   * @param quantity the quantity
   * @param actual Pyrite's value
   * @param expected the reference value
   * @return the outcome
   */
  public Outcome compare(String id, String quantity, NDArray actual, JsonNode expected) {
    Shape es = JsonArrays.shape(expected);
    double[] e = JsonArrays.values(expected);
    double[] a = actual.toType(DataType.FLOAT64, false).toDoubleArray();
    String expectedText = text(es, e);
    String actualText = text(actual.getShape(), a);
    if (!actual.getShape().equals(es)) {
      return new Outcome(
          id,
          quantity,
          false,
          expectedText,
          actualText,
          "shape " + actual.getShape() + " instead of " + es);
    }
    int worst = -1;
    double worstExcess = 0;
    for (int i = 0; i < e.length; i++) {
      double excess = excess(a[i], e[i]);
      if (excess > worstExcess) {
        worst = i;
        worstExcess = excess;
      }
    }
    if (worst < 0) {
      return new Outcome(id, quantity, true, expectedText, actualText, "");
    }
    String detail =
        String.format(
            Locale.ROOT,
            "at flat index %d: expected %.17g, got %.17g (rtol %g, atol %g)",
            worst,
            e[worst],
            a[worst],
            rtol,
            atol);
    return new Outcome(id, quantity, false, expectedText, actualText, detail);
  }

  /**
   * A failure for a quantity that could not be computed.
   *
   * @param id the case id
   * @param quantity the quantity
   * @param expected the reference value
   * @param error what went wrong
   * @return the outcome
   */
  public static Outcome error(String id, String quantity, JsonNode expected, Throwable error) {
    String message = error.getClass().getSimpleName() + ": " + error.getMessage();
    return new Outcome(
        id,
        quantity,
        false,
        expected == null ? "" : text(JsonArrays.shape(expected), JsonArrays.values(expected)),
        message,
        message);
  }

  private double excess(double a, double e) {
    if (Double.isNaN(e) || Double.isNaN(a)) {
      return Double.isNaN(e) && Double.isNaN(a) ? 0 : Double.POSITIVE_INFINITY;
    }
    if (Double.isInfinite(e) || Double.isInfinite(a)) {
      return a == e ? 0 : Double.POSITIVE_INFINITY;
    }
    double d = Math.abs(a - e) - (atol + rtol * Math.abs(e));
    return d > 0 ? d : 0;
  }

  /**
   * A value as text: {@code shape [v, v, ...]}.
   *
   * @param shape the shape
   * @param v the values
   * @return the text
   */
  static String text(Shape shape, double[] v) {
    StringBuilder sb = new StringBuilder();
    sb.append(shape).append(' ').append('[');
    for (int i = 0; i < Math.min(v.length, SHOWN); i++) {
      sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.17g", v[i]));
    }
    return sb.append(v.length > SHOWN ? ", ...]" : "]").toString();
  }
}
