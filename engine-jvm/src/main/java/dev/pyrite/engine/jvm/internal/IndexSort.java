package dev.pyrite.engine.jvm.internal;

/**
 * A stable sort of positions by their keys, without boxing: insertion sort for short runs, merged
 * bottom-up. Keys compare as {@link Double#compare} does, so NaN sorts above every number: last
 * when ascending, first when descending.
 *
 * <pre>{@code
 * int[] order = IndexSort.order(new double[] {3, 1, 2}, true); // {1, 2, 0}
 * }</pre>
 */
final class IndexSort {
  private static final int RUN = 16;

  private IndexSort() {}

  /**
   * The positions of {@code keys} in sorted order; ties keep their original order.
   *
   * @param keys the keys
   * @param ascending the direction
   * @return a permutation of {@code 0 .. keys.length - 1}
   */
  static int[] order(double[] keys, boolean ascending) {
    int n = keys.length;
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    double sign = ascending ? 1 : -1;
    for (int lo = 0; lo < n; lo += RUN) {
      insertion(keys, idx, lo, Math.min(n, lo + RUN), sign);
    }
    int[] src = idx;
    int[] dst = new int[n];
    for (int width = RUN; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        merge(keys, src, dst, lo, Math.min(n, lo + width), Math.min(n, lo + 2 * width), sign);
      }
      int[] t = src;
      src = dst;
      dst = t;
    }
    return src;
  }

  private static boolean before(double[] keys, int a, int b, double sign) {
    return sign * Double.compare(keys[a], keys[b]) < 0;
  }

  private static void insertion(double[] keys, int[] idx, int lo, int hi, double sign) {
    for (int i = lo + 1; i < hi; i++) {
      int v = idx[i];
      int j = i - 1;
      while (j >= lo && before(keys, v, idx[j], sign)) {
        idx[j + 1] = idx[j];
        j--;
      }
      idx[j + 1] = v;
    }
  }

  private static void merge(
      double[] keys, int[] src, int[] dst, int lo, int mid, int hi, double sign) {
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (i < mid && (j >= hi || !before(keys, src[j], src[i], sign))) {
        dst[k] = src[i++];
      } else {
        dst[k] = src[j++];
      }
    }
  }
}
