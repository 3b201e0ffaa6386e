package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * Machine epsilon and the smallest normal number of an array's dtype (torch's {@code finfo}).
 *
 * <pre>{@code
 * double eps = Precision.eps(x); // 1.19e-7 for float32
 * }</pre>
 */
public final class Precision {
  private Precision() {}

  /**
   * Machine epsilon.
   *
   * @param x an array
   * @return epsilon of its dtype
   */
  public static double eps(NDArray x) {
    return x.getDataType() == DataType.FLOAT64 ? Math.ulp(1.0) : Math.ulp(1.0f);
  }

  /**
   * The smallest positive normal number.
   *
   * @param x an array
   * @return {@code tiny} of its dtype
   */
  public static double tiny(NDArray x) {
    return x.getDataType() == DataType.FLOAT64 ? Double.MIN_NORMAL : Float.MIN_NORMAL;
  }

  /**
   * {@code max(x, lo)} with the bound in {@code x}'s dtype (a Java double would promote float32
   * arrays to float64 on some engines).
   *
   * @param x the input
   * @param lo the lower bound
   * @return the clamped array
   */
  public static NDArray atLeast(NDArray x, double lo) {
    return x.maximum(like(lo, x));
  }

  /**
   * {@code min(max(x, lo), hi)} with bounds in {@code x}'s dtype.
   *
   * @param x the input
   * @param lo the lower bound
   * @param hi the upper bound
   * @return the clamped array
   */
  public static NDArray clamp(NDArray x, double lo, double hi) {
    return atLeast(x, lo).minimum(like(hi, x));
  }

  /**
   * Clamps probabilities into {@code [tiny, 1 - eps]} of their dtype, as torch's {@code
   * clamp_probs}.
   *
   * @param p probabilities
   * @return the clamped probabilities
   */
  public static NDArray clampProbs(NDArray p) {
    return clamp(p, tiny(p), 1 - eps(p));
  }

  private static NDArray like(double v, NDArray x) {
    return x.getDataType() == DataType.FLOAT64
        ? x.getManager().create(v)
        : x.getManager().create((float) v).toType(x.getDataType(), false);
  }
}
