package dev.pyrite.reparam.internal;

/**
 * Orthonormal bases of {@code R^n} as row-major {@code n x n} matrices {@code M}: a vector {@code
 * x} has coefficients {@code y = M x}, and {@code x = M^T y}.
 *
 * <ul>
 *   <li>{@link #dct(int)}: the orthonormal DCT-II, {@code M[k][j] = s_k cos(pi (j + 1/2) k / n)}
 *       with {@code s_0 = sqrt(1/n)} and {@code s_k = sqrt(2/n)}: smooth vectors have few large
 *       coefficients, white noise stays white noise.
 *   <li>{@link #haar(int)}: the orthonormal Haar wavelet: neighbours are paired into scaled sums
 *       and differences ({@code (a + b) / sqrt 2}, {@code (a - b) / sqrt 2}), the sums are
 *       transformed again, and the result is laid out as {@code [coarsest sums, ..., finest
 *       differences]}; an odd element left over at a level passes through, so any {@code n} works.
 * </ul>
 *
 * <pre>{@code
 * double[] m = OrthonormalBases.dct(4);   // m[0..3] = 0.5, the constant basis vector
 * double[] h = OrthonormalBases.haar(2);  // {r, r, r, -r} with r = 1 / sqrt 2
 * }</pre>
 */
public final class OrthonormalBases {
  private static final double INV_SQRT2 = 1.0 / Math.sqrt(2.0);

  private OrthonormalBases() {}

  /**
   * The orthonormal DCT-II matrix.
   *
   * @param n the length, at least 1
   * @return {@code M}, row-major
   */
  public static double[] dct(int n) {
    checkLength(n);
    double[] m = new double[n * n];
    for (int k = 0; k < n; k++) {
      double s = Math.sqrt((k == 0 ? 1.0 : 2.0) / n);
      for (int j = 0; j < n; j++) {
        m[k * n + j] = s * Math.cos(Math.PI * (j + 0.5) * k / n);
      }
    }
    return m;
  }

  /**
   * The orthonormal Haar wavelet matrix.
   *
   * @param n the length, at least 1
   * @return {@code M}, row-major
   */
  public static double[] haar(int n) {
    checkLength(n);
    double[] m = new double[n * n];
    for (int j = 0; j < n; j++) {
      double[] unit = new double[n];
      unit[j] = 1.0;
      double[] column = haarOf(unit);
      for (int k = 0; k < n; k++) {
        m[k * n + j] = column[k];
      }
    }
    return m;
  }

  /**
   * The Haar coefficients of one vector.
   *
   * @param x the vector
   * @return its coefficients
   */
  static double[] haarOf(double[] x) {
    int pairs = x.length / 2;
    if (pairs == 0) {
      return x.clone();
    }
    double[] sums = new double[pairs];
    double[] out = new double[x.length];
    for (int i = 0; i < pairs; i++) {
      sums[i] = (x[2 * i] + x[2 * i + 1]) * INV_SQRT2;
      out[pairs + i] = (x[2 * i] - x[2 * i + 1]) * INV_SQRT2;
    }
    if (pairs >= 2) {
      sums = haarOf(sums);
    }
    System.arraycopy(sums, 0, out, 0, pairs);
    if (x.length % 2 == 1) {
      out[x.length - 1] = x[x.length - 1];
    }
    return out;
  }

  private static void checkLength(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("a basis needs a length of at least 1, got " + n);
    }
  }
}
