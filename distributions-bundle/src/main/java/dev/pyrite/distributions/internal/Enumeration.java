package dev.pyrite.distributions.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/** The values {@code 0..n-1} laid out as Pyro's {@code enumerate_support} returns them. */
public final class Enumeration {
  private Enumeration() {}

  /**
   * {@code 0..count-1} along a new leftmost dimension.
   *
   * @param like an array whose dtype and manager to use
   * @param count how many values
   * @param batchShape the distribution's batch shape
   * @param expand whether to broadcast to {@code (count) + batchShape}, else batch dims of size 1
   * @return the values
   */
  public static NDArray range(NDArray like, long count, Shape batchShape, boolean expand) {
    long[] dims = new long[batchShape.dimension() + 1];
    java.util.Arrays.fill(dims, 1);
    dims[0] = count;
    NDArray v = like.getManager().arange(0, (int) count, 1, like.getDataType()).reshape(dims);
    return expand ? v.broadcast(new Shape(count).addAll(batchShape)) : v;
  }

  /**
   * The single total count of a family, which enumeration needs to be the same for every batch
   * entry (as torch requires).
   *
   * @param family the distribution name for the message
   * @param totalCount the total counts
   * @return the common total count
   * @throws UnsupportedOperationException when the counts differ
   */
  public static long homogeneous(String family, NDArray totalCount) {
    NDArray t = totalCount.stopGradient().toType(DataType.FLOAT64, false);
    double max = t.max().getDouble();
    double min = t.min().getDouble();
    if (max != min) {
      throw new UnsupportedOperationException(
          family
              + ": enumerateSupport needs one total_count for the whole batch, but it ranges from "
              + min
              + " to "
              + max
              + "; enumerate each total count separately");
    }
    return (long) max;
  }
}
