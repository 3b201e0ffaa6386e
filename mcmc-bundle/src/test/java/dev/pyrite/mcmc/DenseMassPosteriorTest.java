package dev.pyrite.mcmc;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.MultivariateNormal;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.spi.McmcKernel;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.Random;
import java.util.function.Function;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/**
 * A conjugate multivariate normal with strongly correlated posterior dimensions: {@code mu ~
 * Normal(0, 10)} in 3 dims, {@code y_i ~ MVN(mu, Sigma)} with correlations 0.9. The posterior is
 * {@code MVN(m, S)} with {@code S = (I / 100 + n Sigma^-1)^-1}, {@code m = S Sigma^-1 sum y_i}
 * (computed here with commons-math). NUTS and HMC with a dense mass matrix recover every mean
 * within 4 Monte Carlo errors, every sd within 10%, r_hat below 1.01, and adapt an inverse mass
 * matrix with the posterior's correlation.
 */
class DenseMassPosteriorTest {
  static final int DIM = 3;
  static final int N = 20;
  static final double[][] SIGMA = {{1.0, 0.9, 0.81}, {0.9, 1.0, 0.9}, {0.81, 0.9, 1.0}};

  static double[][] data() {
    RealMatrix chol =
        new org.apache.commons.math3.linear.CholeskyDecomposition(new Array2DRowRealMatrix(SIGMA))
            .getL();
    Random rng = new Random(2026);
    double[] truth = {1.0, -0.5, 2.0};
    double[][] y = new double[N][];
    for (int i = 0; i < N; i++) {
      double[] e = new double[DIM];
      for (int j = 0; j < DIM; j++) {
        e[j] = rng.nextGaussian();
      }
      y[i] = chol.operate(new ArrayRealVector(e)).add(new ArrayRealVector(truth)).toArray();
    }
    return y;
  }

  /** The exact posterior: mean and covariance. */
  static RealVector posteriorMean(double[][] y) {
    RealMatrix sigmaInv = MatrixUtils.inverse(new Array2DRowRealMatrix(SIGMA));
    RealVector sum = new ArrayRealVector(DIM);
    for (double[] row : y) {
      sum = sum.add(new ArrayRealVector(row));
    }
    return posteriorCovariance().operate(sigmaInv.operate(sum));
  }

  static RealMatrix posteriorCovariance() {
    RealMatrix sigmaInv = MatrixUtils.inverse(new Array2DRowRealMatrix(SIGMA));
    RealMatrix precision =
        MatrixUtils.createRealIdentityMatrix(DIM)
            .scalarMultiply(0.01)
            .add(sigmaInv.scalarMultiply(N));
    return MatrixUtils.inverse(precision);
  }

  static Model<NDArray> model() {
    return y -> {
      NDArray mu = sample("mu", new Normal(0, 10).expand(new Shape(DIM)).toEvent(1));
      NDArray sigma =
          y.getManager().create(flat(SIGMA), new Shape(DIM, DIM)).toType(y.getDataType(), false);
      try (Plate rows = plate("rows", N)) {
        sample("y", MultivariateNormal.fromCovariance(mu, sigma), y);
      }
    };
  }

  static double[] flat(double[][] m) {
    double[] out = new double[m.length * m[0].length];
    for (int i = 0; i < m.length; i++) {
      System.arraycopy(m[i], 0, out, i * m[0].length, m[0].length);
    }
    return out;
  }

  static NDArray observations() {
    return Backend.manager().create(flat(data()), new Shape(N, DIM)).toType(Backend.dtype(), false);
  }

  static void check(String engine, Function<KernelOptions, McmcKernel> kernel, long seed) {
    Engines.use(engine, seed);
    try (Scope s = Scope.open()) {
      KernelOptions dense = KernelOptions.defaults().withFullMass(true);
      McmcKernel k = kernel.apply(dense);
      MCMC mcmc = new MCMC(k, 1000, 500).numChains(4);
      mcmc.run(model(), observations());
      NDArray draws = mcmc.samples(true).get("mu").toType(DataType.FLOAT64, false);
      RealVector mean = posteriorMean(data());
      RealMatrix cov = posteriorCovariance();
      for (int j = 0; j < DIM; j++) {
        double[][] chains = column(draws, j);
        double ours = NutsPosteriorTest.meanOf(chains);
        double mcse = BatchMeans.mcse(chains);
        double sd = Math.sqrt(cov.getEntry(j, j));
        SiteSummary sum = mcmc.summary().get("mu");
        String what = "[" + engine + "] " + k.getClass().getSimpleName() + " mu[" + j + "]";
        System.out.printf(
            "%s: mean %.4f (exact %.4f, mcse %.4f), sd %.4f (exact %.4f), r_hat %.4f%n",
            what, ours, mean.getEntry(j), mcse, sum.sd()[j], sd, BatchMeans.splitRhat(chains));
        assertTrue(Math.abs(ours - mean.getEntry(j)) < 4 * mcse, what + ": mean beyond 4 MCSE");
        assertTrue(Math.abs(sum.sd()[j] - sd) < 0.1 * sd, what + ": sd off by more than 10%");
        assertTrue(BatchMeans.splitRhat(chains) < 1.01, what + ": r_hat");
      }
      double[] inv = inverseMass(k).toType(DataType.FLOAT64, false).toDoubleArray();
      for (int c = 0; c < 4; c++) {
        int o = c * DIM * DIM;
        double corr = inv[o + 1] / Math.sqrt(inv[o] * inv[o + 4]);
        assertTrue(corr > 0.7, "chain " + c + ": adapted inverse mass correlation " + corr);
      }
    }
  }

  static NDArray inverseMass(McmcKernel k) {
    return k instanceof NUTS n ? n.inverseMassMatrix() : ((HMC) k).inverseMassMatrix();
  }

  static double[][] column(NDArray byChain, int j) {
    int chains = (int) byChain.getShape().get(0);
    int n = (int) byChain.getShape().get(1);
    double[] flat = byChain.toDoubleArray();
    double[][] out = new double[chains][n];
    for (int c = 0; c < chains; c++) {
      for (int i = 0; i < n; i++) {
        out[c][i] = flat[(c * n + i) * DIM + j];
      }
    }
    return out;
  }

  // one engine per kernel keeps the test short; both kernels share the mass-matrix code
  @Test
  void nutsWithDenseMass() {
    check("PyTorch", NUTS::new, 23);
  }

  @Test
  void hmcWithDenseMass() {
    check("MXNet", o -> new HMC(o.withTrajectoryLength(1.0)), 29);
  }
}
