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
import dev.pyrite.distributions.HalfNormal;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Simulation-based calibration (Talts et al. 2018) of NUTS on a small non-centred hierarchical
 * model: {@code mu ~ Normal(0, 1)}, {@code tau ~ HalfNormal(1)}, {@code z_j ~ Normal(0, 1)}, {@code
 * y_j ~ Normal(mu + tau z_j, 1)} for 4 groups. Each of {@value #REPLICATIONS} replications draws
 * its parameters from the prior (java.util.Random, independent of the sampler) and its data from
 * them; the replications sit side by side in a plate, so one NUTS chain samples the product of
 * their posteriors, whose marginals are the replications' posteriors. The rank of each true value
 * among {@value #DRAWS} thinned draws is uniform when the sampler is calibrated: a chi-square test
 * of the rank histogram ({@value #BINS} bins) must not reject at the 1% level, for mu, tau and the
 * first group's effect {@code theta_0 = mu + tau z_0}.
 */
@Tag("slow")
class SimulationBasedCalibrationTest {
  static final int REPLICATIONS = 200;
  static final int GROUPS = 4;
  static final int DRAWS = 99;
  static final int THIN = 10;
  static final int BINS = 10;

  record Truth(double[] mu, double[] tau, double[][] z, float[] y) {}

  static Truth simulate(long seed) {
    Random rng = new Random(seed);
    double[] mu = new double[REPLICATIONS];
    double[] tau = new double[REPLICATIONS];
    double[][] z = new double[GROUPS][REPLICATIONS];
    float[] y = new float[GROUPS * REPLICATIONS];
    for (int r = 0; r < REPLICATIONS; r++) {
      mu[r] = rng.nextGaussian();
      tau[r] = Math.abs(rng.nextGaussian());
      for (int j = 0; j < GROUPS; j++) {
        z[j][r] = rng.nextGaussian();
        y[j * REPLICATIONS + r] = (float) (mu[r] + tau[r] * z[j][r] + rng.nextGaussian());
      }
    }
    return new Truth(mu, tau, z, y);
  }

  static Model<NDArray> model() {
    return y -> {
      try (Plate reps = plate("replications", REPLICATIONS)) {
        NDArray mu = sample("mu", new Normal(0, 1));
        NDArray tau = sample("tau", new HalfNormal(1));
        try (Plate groups = plate("groups", GROUPS)) {
          NDArray z = sample("z", new Normal(0, 1));
          sample("y", new Normal(mu.add(tau.mul(z)), 1), y);
        }
      }
    };
  }

  @Test
  void nutsRanksAreUniform() {
    Engines.use("PyTorch", 31);
    Truth truth = simulate(2018);
    try (Scope s = Scope.open()) {
      NDArray y =
          Backend.manager()
              .create(truth.y(), new Shape(GROUPS, REPLICATIONS))
              .toType(Backend.dtype(), false);
      MCMC mcmc = new MCMC(new NUTS(), DRAWS * THIN, 500);
      mcmc.run(model(), y);
      Map<String, NDArray> draws = mcmc.samples();
      double[] mu = doubles(draws.get("mu"));
      double[] tau = doubles(draws.get("tau"));
      double[] z = doubles(draws.get("z"));
      double[] trueTheta0 = new double[REPLICATIONS];
      for (int r = 0; r < REPLICATIONS; r++) {
        trueTheta0[r] = truth.mu()[r] + truth.tau()[r] * truth.z()[0][r];
      }
      assertUniform("mu", ranks(mu, truth.mu()));
      assertUniform("tau", ranks(tau, truth.tau()));
      assertUniform("theta_0", ranks(theta0(mu, tau, z), trueTheta0));
      System.out.println("SBC diagnostics: " + mcmc.diagnostics());
    }
  }

  /** theta_0 of every replication per draw: {@code (draws, replications)} flattened. */
  static double[] theta0(double[] mu, double[] tau, double[] z) {
    int n = mu.length / REPLICATIONS;
    double[] out = new double[mu.length];
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < REPLICATIONS; r++) {
        int k = i * REPLICATIONS + r;
        out[k] = mu[k] + tau[k] * z[i * GROUPS * REPLICATIONS + r];
      }
    }
    return out;
  }

  /** Rank of each replication's true value among its thinned draws {@code (draws, reps)}. */
  static int[] ranks(double[] draws, double[] truth) {
    int[] out = new int[REPLICATIONS];
    for (int r = 0; r < REPLICATIONS; r++) {
      int rank = 0;
      for (int d = 0; d < DRAWS; d++) {
        if (draws[(d * THIN + THIN - 1) * REPLICATIONS + r] < truth[r]) {
          rank++;
        }
      }
      out[r] = rank;
    }
    return out;
  }

  static void assertUniform(String site, int[] ranks) {
    long[] counts = new long[BINS];
    for (int rank : ranks) {
      counts[rank * BINS / (DRAWS + 1)]++;
    }
    double expected = (double) ranks.length / BINS;
    double chi2 = 0;
    for (long c : counts) {
      chi2 += (c - expected) * (c - expected) / expected;
    }
    double p = 1 - new ChiSquaredDistribution(BINS - 1).cumulativeProbability(chi2);
    System.out.printf(
        "SBC %s: rank histogram %s, chi2 %.2f, p %.4f%n",
        site, java.util.Arrays.toString(counts), chi2, p);
    assertTrue(p > 0.01, site + ": rank histogram not uniform, p = " + p);
  }

  static double[] doubles(NDArray a) {
    return a.toType(DataType.FLOAT64, false).toDoubleArray();
  }
}
