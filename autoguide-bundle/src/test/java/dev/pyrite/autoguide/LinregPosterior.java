package dev.pyrite.autoguide;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.Model;
import java.util.Random;

/**
 * The W4 model at test size: Bayesian linear regression {@code beta ~ Normal(0, PRIOR_SD)^d},
 * {@code y ~ Normal(X beta, SIGMA)} with known sigma, on synthetic data from a fixed seed with
 * correlated columns, and its exact Gaussian posterior derived here in plain Java: precision {@code
 * P = I / PRIOR_SD^2 + X^T X / SIGMA^2}, mean {@code P^-1 X^T y / SIGMA^2}.
 */
final class LinregPosterior {
  static final int D = 3;
  static final int N = 50;
  static final double SIGMA = 1.0;
  static final double PRIOR_SD = 2.0;

  /** The model's argument: the design matrix and the responses. */
  record Data(NDArray x, NDArray y) {}

  static final Model<Data> MODEL =
      data -> {
        NDArray beta =
            sample(
                "beta", new Normal(data.x().getManager().zeros(new Shape(D)), PRIOR_SD).toEvent(1));
        try (Plate p = plate("data", N)) {
          sample("y", new Normal(data.x().matMul(beta), SIGMA), data.y());
        }
      };

  final double[][] x = new double[N][D];
  final double[] y = new double[N];
  final double[] mean;
  final double[][] cov;
  final double[][] precision;

  LinregPosterior(long seed) {
    Random rng = new Random(seed);
    double[] beta = {1.5, -0.7, 0.3};
    for (int i = 0; i < N; i++) {
      x[i][0] = rng.nextGaussian();
      x[i][1] = rng.nextGaussian();
      x[i][2] = x[i][0] + 0.5 * rng.nextGaussian();
      double mu = 0;
      for (int j = 0; j < D; j++) {
        mu += x[i][j] * beta[j];
      }
      y[i] = mu + SIGMA * rng.nextGaussian();
    }
    precision = new double[D][D];
    double[] xty = new double[D];
    for (int a = 0; a < D; a++) {
      precision[a][a] = 1 / (PRIOR_SD * PRIOR_SD);
      for (int i = 0; i < N; i++) {
        xty[a] += x[i][a] * y[i] / (SIGMA * SIGMA);
        for (int b = 0; b < D; b++) {
          precision[a][b] += x[i][a] * x[i][b] / (SIGMA * SIGMA);
        }
      }
    }
    cov = invert(precision);
    mean = new double[D];
    for (int a = 0; a < D; a++) {
      for (int b = 0; b < D; b++) {
        mean[a] += cov[a][b] * xty[b];
      }
    }
  }

  /** The data on the current engine, in its default dtype. */
  Data data() {
    float[] xf = new float[N * D];
    float[] yf = new float[N];
    for (int i = 0; i < N; i++) {
      yf[i] = (float) y[i];
      for (int j = 0; j < D; j++) {
        xf[i * D + j] = (float) x[i][j];
      }
    }
    return new Data(
        Backend.manager().create(xf, new Shape(N, D)), Backend.manager().create(yf, new Shape(N)));
  }

  /** The KL(q || p)-optimal mean-field variances, {@code 1 / diag(P)}. */
  double[] meanFieldVariances() {
    double[] v = new double[D];
    for (int a = 0; a < D; a++) {
      v[a] = 1 / precision[a][a];
    }
    return v;
  }

  /** The exact marginal variances, {@code diag(P^-1)}. */
  double[] variances() {
    double[] v = new double[D];
    for (int a = 0; a < D; a++) {
      v[a] = cov[a][a];
    }
    return v;
  }

  /** The covariance, row-major. */
  double[] covFlat() {
    double[] out = new double[D * D];
    for (int a = 0; a < D; a++) {
      System.arraycopy(cov[a], 0, out, a * D, D);
    }
    return out;
  }

  /** Gauss-Jordan inversion with partial pivoting. */
  static double[][] invert(double[][] a) {
    int n = a.length;
    double[][] m = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n + i] = 1;
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] tmp = m[c];
      m[c] = m[pivot];
      m[pivot] = tmp;
      double p = m[c][c];
      for (int k = 0; k < 2 * n; k++) {
        m[c][k] /= p;
      }
      for (int r = 0; r < n; r++) {
        if (r != c) {
          double f = m[r][c];
          for (int k = 0; k < 2 * n; k++) {
            m[r][k] -= f * m[c][k];
          }
        }
      }
    }
    double[][] inv = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], n, inv[i], 0, n);
    }
    return inv;
  }
}
