package dev.pyrite.autoguide.internal;

/**
 * Small dense symmetric-matrix routines in plain Java doubles, for the D x D matrices of the
 * Laplace approximation (D is the latent dimension, so these stay small).
 *
 * <pre>{@code
 * double[][] cov = DenseMatrices.inverseSpd(hessian, "AutoLaplaceApproximation");
 * double[][] l = DenseMatrices.cholesky(cov, "AutoLaplaceApproximation");
 * }</pre>
 */
public final class DenseMatrices {
  private DenseMatrices() {}

  /**
   * The lower Cholesky factor of a symmetric positive-definite matrix.
   *
   * @param a a symmetric matrix (only the lower triangle is read)
   * @param what who asks, for the error message
   * @return {@code L} with {@code a = L L^T}
   * @throws IllegalArgumentException when {@code a} is not positive definite
   */
  public static double[][] cholesky(double[][] a, String what) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int j = 0; j < n; j++) {
      double d = a[j][j];
      for (int k = 0; k < j; k++) {
        d -= l[j][k] * l[j][k];
      }
      if (!(d > 0)) {
        throw new IllegalArgumentException(
            what
                + ": the matrix is not positive definite (pivot "
                + j
                + " is "
                + d
                + "); the point is not a local maximum of the log density: fit the MAP longer or"
                + " with a smaller learning rate");
      }
      l[j][j] = Math.sqrt(d);
      for (int i = j + 1; i < n; i++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = s / l[j][j];
      }
    }
    return l;
  }

  /**
   * The inverse of a symmetric positive-definite matrix, through its Cholesky factor.
   *
   * @param a a symmetric positive-definite matrix
   * @param what who asks, for the error message
   * @return {@code a^-1}, symmetric
   */
  public static double[][] inverseSpd(double[][] a, String what) {
    int n = a.length;
    double[][] l = cholesky(a, what);
    double[][] linv = new double[n][n];
    for (int c = 0; c < n; c++) {
      for (int i = c; i < n; i++) {
        double s = i == c ? 1 : 0;
        for (int k = c; k < i; k++) {
          s -= l[i][k] * linv[k][c];
        }
        linv[i][c] = s / l[i][i];
      }
    }
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int k = i; k < n; k++) {
          s += linv[k][i] * linv[k][j];
        }
        out[i][j] = s;
        out[j][i] = s;
      }
    }
    return out;
  }
}
