package dev.pyrite.mcmc;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Beta;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.SharedData;

/** The models the MCMC tests share. */
final class Models {
  /** 69 ones out of 100: the posterior of p under Beta(1, 1) is Beta(70, 32). */
  static final double BETA_BERNOULLI_MEAN = 70.0 / 102.0;

  /** sqrt(70 * 32 / (102^2 * 103)). */
  static final double BETA_BERNOULLI_SD = Math.sqrt(70.0 * 32.0 / (102.0 * 102.0 * 103.0));

  /** The Beta-Bernoulli check: posterior mean within this of the exact one. */
  static final double MEAN_ATOL = 0.01;

  /** The Beta-Bernoulli check: posterior sd within this fraction of the exact one. */
  static final double SD_RTOL = 0.15;

  /** Twenty fixed observations for the Normal-Normal model. */
  static final double[] NORMAL_OBS = {
    1.62, 0.39, 1.97, 2.54, 1.13, -0.21, 1.77, 0.84, 1.45, 2.11,
    0.58, 1.29, 2.83, 0.97, 1.36, -0.05, 1.88, 1.02, 0.71, 1.49
  };

  private Models() {}

  /**
   * The Beta-Bernoulli check as a predicate (the tests assert it with {@code assertClose}).
   *
   * @param p the summary of site "p"
   * @return whether mean and sd are within tolerance
   */
  static boolean passesBetaBernoulliCheck(SiteSummary p) {
    return Math.abs(p.mean()[0] - BETA_BERNOULLI_MEAN) <= MEAN_ATOL
        && Math.abs(p.sd()[0] - BETA_BERNOULLI_SD) <= SD_RTOL * BETA_BERNOULLI_SD;
  }

  static Model<NDArray> betaBernoulli() {
    return x -> {
      NDArray p = sample("p", new Beta(1, 1));
      try (Plate data = plate("data", x.size(0))) {
        sample("x", new Bernoulli(p), x);
      }
    };
  }

  static NDArray bernoulliData() {
    double[] col = SharedData.column("bench-data/bernoulli100.csv", 0);
    float[] f = new float[col.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) col[i];
    }
    return Backend.manager().create(f);
  }

  /** mu ~ Normal(0, 10); y_i ~ Normal(mu, 1). */
  static Model<NDArray> normalNormal() {
    return y -> {
      NDArray mu = sample("mu", new Normal(0, 10));
      try (Plate data = plate("data", y.size(0))) {
        sample("y", new Normal(mu, 1), y);
      }
    };
  }

  static NDArray normalData() {
    return Backend.manager().create(NORMAL_OBS).toType(Backend.dtype(), false);
  }
}
