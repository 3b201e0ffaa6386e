package dev.pyrite.handlers;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The subsampled ELBO is unbiased for the full-data ELBO: z ~ Normal(0, 1), x_i ~ Normal(z, 1) for
 * 100 data points seen 20 at a time, and the fixed guide q(z) = Normal(0.3, 0.5), whose ELBO is
 * known in closed form. The mean of many subsampled estimates must match it within Monte Carlo
 * error, and the same estimates without the size/subsampleSize rescaling must not.
 */
class SubsamplingTest {
  private static final int N = 100;
  private static final int BATCH = 20;
  private static final int PARTICLES = 50;
  private static final int PASSES = 300;
  private static final double M = 0.3;
  private static final double S = 0.5;
  private static final double LOG_2PI = Math.log(2 * Math.PI);

  private static float[] data() {
    Random r = new Random(7);
    float[] x = new float[N];
    for (int i = 0; i < N; i++) {
      x[i] = (float) (0.4 + 1.5 * r.nextGaussian());
    }
    return x;
  }

  private static double exactElbo(float[] x) {
    double elbo = -0.5 * LOG_2PI - 0.5 * (M * M + S * S);
    for (float xi : x) {
      elbo += -0.5 * LOG_2PI - 0.5 * ((xi - M) * (xi - M) + S * S);
    }
    return elbo + 0.5 * Math.log(2 * Math.PI * Math.E * S * S);
  }

  private static Model<NDArray> model() {
    return x -> {
      try (Plate particles = plate("particles", PARTICLES, PARTICLES, -2)) {
        NDArray z = sample("z", new Normal(0, 1));
        try (Plate data = plate("data", N, BATCH)) {
          sample("x", new Normal(z, 1.0), data.subsample(x, 0));
        }
      }
    };
  }

  private static final Model<NDArray> GUIDE =
      x -> {
        try (Plate particles = plate("particles", PARTICLES, PARTICLES, -2)) {
          sample("z", new Normal(M, S));
        }
      };

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void subsampledElboIsUnbiased(String engine) {
    Engines.use(engine, 11);
    float[] x = data();
    double[] scaled = new double[PASSES];
    double[] unscaled = new double[PASSES];
    try (Scope outer = Scope.open()) {
      NDArray xs = Backend.manager().create(x);
      int before = Backend.liveArrays();
      for (int k = 0; k < PASSES; k++) {
        try (Scope pass = Scope.open()) {
          Trace g = Handlers.trace(GUIDE, xs).checkShapes(2);
          Trace m = Handlers.trace(Handlers.replay(model(), g), xs).checkShapes(2);
          ModelGuideMatch.check(m, g);
          assertEquals((double) N / BATCH, m.node("x").scale());
          double lx = value(m.logProb("x").sum());
          double rest = value(m.logProb("z").sum()) - value(g.logProbSum());
          scaled[k] = (rest + lx) / PARTICLES;
          unscaled[k] = (rest + lx * BATCH / N) / PARTICLES;
        }
      }
      assertEquals(before, Backend.liveArrays(), "a pass leaked arrays");
    }
    double exact = exactElbo(x);
    double se = stdErr(scaled);
    assertTrue(se > 0 && se < 0.05 * Math.abs(exact), "standard error " + se);
    assertTrue(
        Math.abs(mean(scaled) - exact) < 4 * se,
        "subsampled mean " + mean(scaled) + " vs exact " + exact + " (se " + se + ")");
    assertTrue(
        Math.abs(mean(unscaled) - exact) > 20 * stdErr(unscaled),
        "without rescaling the estimate must be biased: " + mean(unscaled) + " vs " + exact);
  }

  private static double value(NDArray a) {
    return a.toType(DataType.FLOAT64, false).getDouble();
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  private static double stdErr(double[] v) {
    double mu = mean(v);
    double ss = 0;
    for (double d : v) {
      ss += (d - mu) * (d - mu);
    }
    return Math.sqrt(ss / (v.length - 1) / v.length);
  }
}
