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
}
