package dev.pyrite.engine.jvm.internal;

/** Reductions over axes: sum, mean, max, min, prod, and their gradients. */
public final class Reductions {
  public static final int SUM = 0;
  public static final int MEAN = 1;
  public static final int MAX = 2;
  public static final int MIN = 3;
  public static final int PROD = 4;

  private Reductions() {}

  /**
   * The shape with the reduced axes set to 1.
   *
   * @param dims the input shape
   * @param axes the reduced axes (normalized, or {@code null} for all)
   * @return the kept-dimension shape
   */
  public static int[] kept(int[] dims, boolean[] axes) {
    int[] k = dims.clone();
    for (int i = 0; i < k.length; i++) {
      if (axes == null || axes[i]) {
        k[i] = 1;
      }
    }
    return k;
  }

  /**
   * Normalizes axes (negative from the end) to a mask.
   *
   * @param axes the axes
   * @param rank the rank
   * @return a mask of the reduced axes
   */
  public static boolean[] mask(int[] axes, int rank) {
    boolean[] m = new boolean[rank];
    for (int a : axes) {
      int ax = a < 0 ? a + rank : a;
      if (ax < 0 || ax >= rank) {
        throw new IllegalArgumentException("axis " + a + " is out of range for rank " + rank);
      }
      m[ax] = true;
    }
    return m;
  }

  /**
   * Reduces data.
   *
   * @param op the reduction
   * @param x the input data
   * @param map for each input index the output index, or {@code null} to reduce everything
   * @param outSize the output size
   * @return the reduced data
   */
  public static double[] reduce(int op, double[] x, int[] map, int outSize) {
    double[] out = new double[outSize];
    double init =
        switch (op) {
          case MAX -> Double.NEGATIVE_INFINITY;
          case MIN -> Double.POSITIVE_INFINITY;
          case PROD -> 1;
          default -> 0;
        };
    java.util.Arrays.fill(out, init);
    int[] count = new int[outSize];
    for (int i = 0; i < x.length; i++) {
      int j = map == null ? 0 : map[i];
      double v = x[i];
      switch (op) {
        case MAX -> out[j] = Double.isNaN(v) || v > out[j] ? v : out[j];
        case MIN -> out[j] = Double.isNaN(v) || v < out[j] ? v : out[j];
        case PROD -> out[j] *= v;
        default -> out[j] += v;
      }
      count[j]++;
    }
    if (op == MEAN) {
      for (int j = 0; j < outSize; j++) {
        out[j] /= count[j];
      }
    }
    return out;
  }

  /**
   * Adds the gradient of a reduction to {@code gx}.
   *
   * @param op the reduction
   * @param x the input data
   * @param map the map used forward
   * @param out the forward result
   * @param g the output gradient
   * @param gx the input gradient to add to
   */
  public static void backward(
      int op, double[] x, int[] map, double[] out, double[] g, double[] gx) {
    int[] count = new int[out.length];
    if (op == MEAN || op == MAX || op == MIN) {
      for (int i = 0; i < x.length; i++) {
        int j = map == null ? 0 : map[i];
        if (op == MEAN || x[i] == out[j]) {
          count[j]++;
        }
      }
    }
    for (int i = 0; i < x.length; i++) {
      int j = map == null ? 0 : map[i];
      switch (op) {
        case SUM -> gx[i] += g[j];
        case MEAN -> gx[i] += g[j] / count[j];
        case PROD -> gx[i] += g[j] * productOfOthers(x, map, i, j, out[j]);
        default -> gx[i] += x[i] == out[j] ? g[j] / count[j] : 0;
      }
    }
  }

  private static double productOfOthers(double[] x, int[] map, int i, int j, double total) {
    if (x[i] != 0) {
      return total / x[i];
    }
    double p = 1;
    for (int k = 0; k < x.length; k++) {
      if (k != i && (map == null ? 0 : map[k]) == j) {
        p *= x[k];
      }
    }
    return p;
  }
}
