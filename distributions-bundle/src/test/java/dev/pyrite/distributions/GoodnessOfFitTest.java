package dev.pyrite.distributions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.spi.Distribution;
import dev.pyrite.testkit.Engines;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Draws against the density, per family, fixed seed: a Kolmogorov-Smirnov statistic for continuous
 * families with a cdf, a chi-square statistic against the pmf for count families, and sample mean
 * and variance against {@code mean()} and {@code variance()} for the rest. The bounds are generous
 * (a correct sampler exceeds them with probability below about 1e-4); {@link
 * #theChecksRejectAWrongSampler} shows that they fail for a sampler that is off.
 */
@Tag("slow")
class GoodnessOfFitTest {
  private static final int N = 4000;
  private static final double KS_BOUND = 2.2 / Math.sqrt(N);

  static Stream<Arguments> cases() {
    return Engines.all().flatMap(e -> FamilyCatalog.stream().map(f -> Arguments.of(e, f)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void drawsFollowTheDensity(String engine, FamilyCatalog.Entry family) {
    Engines.use(engine, 11);
    try (Scope s = Scope.open()) {
      Distribution d = family.make().apply(Backend.manager());
      NDArray x = d.sample(new Shape(N));
      switch (family.kind()) {
        case CONTINUOUS_CDF -> assertKs(d.cdf(x));
        case COUNTS -> assertChiSquare(d, x);
        case CONTINUOUS_MOMENTS, VECTOR_MOMENTS -> assertMoments(family.name(), d, x);
        default -> throw new IllegalStateException();
      }
    }
  }

  @Test
  void theChecksRejectAWrongSampler() {
    Engines.use("MXNet", 11);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      NDArray draws = new Normal(m.create(0.0), m.create(1.0)).sample(new Shape(N, 1));
      Distribution shifted = new Normal(m.create(new double[] {0.15}), m.create(new double[] {1}));
      assertFalse(ks(shifted.cdf(draws)) <= KS_BOUND, "KS accepted a shifted normal");
      NDArray counts = new Poisson(m.create(new double[] {3.5})).sample(new Shape(N));
      assertFalse(
          chiSquareOk(new Poisson(m.create(new double[] {3.8})), counts),
          "chi-square accepted a Poisson with the wrong rate");
    }
  }

  /** KS over the sample dimension, one column per batch entry. */
  private static void assertKs(NDArray cdfOfDraws) {
    double d = ks(cdfOfDraws);
    assertTrue(d <= KS_BOUND, "KS statistic " + d + " above " + KS_BOUND);
  }

  private static double ks(NDArray cdfOfDraws) {
    double[][] cols = columns(cdfOfDraws);
    double worst = 0;
    for (double[] u : cols) {
      Arrays.sort(u);
      for (int i = 0; i < u.length; i++) {
        worst =
            Math.max(worst, Math.max(u[i] - (double) i / u.length, (i + 1.0) / u.length - u[i]));
      }
    }
    return worst;
  }

  private static void assertChiSquare(Distribution d, NDArray x) {
    assertTrue(chiSquareOk(d, x), "chi-square statistic too large");
  }

  /** Chi-square per batch entry, bins with at least 5 expected draws plus one pooled bin. */
  private static boolean chiSquareOk(Distribution d, NDArray x) {
    double[][] cols = columns(x);
    int kmax = (int) Arrays.stream(cols).flatMapToDouble(Arrays::stream).max().orElse(0) + 20;
    NDArray ks = x.getManager().arange(0, kmax + 1, 1, x.getDataType());
    long[] dims = new long[d.batchShape().dimension() + 1];
    Arrays.fill(dims, 1);
    dims[0] = kmax + 1;
    NDArray values = ks.reshape(dims).broadcast(new Shape(kmax + 1).addAll(d.batchShape()));
    NDArray pmf;
    try (Distributions.Validation off = Distributions.validation(false)) {
      pmf = d.logProb(values).exp();
    }
    double[][] p = columns(pmf);
    double[][] inSupport = columns(d.support().check(values).toType(DataType.FLOAT64, false));
    for (int b = 0; b < cols.length; b++) {
      double[] observed = new double[kmax + 1];
      for (double v : cols[b]) {
        observed[(int) v]++;
      }
      double chi2 = 0;
      double restObserved = N;
      double restExpected = N;
      int bins = 0;
      for (int k = 0; k <= kmax; k++) {
        double expected = inSupport[b][k] > 0 ? N * p[b][k] : 0;
        if (expected >= 5) {
          chi2 += Math.pow(observed[k] - expected, 2) / expected;
          restObserved -= observed[k];
          restExpected -= expected;
          bins++;
        }
      }
      if (restExpected >= 1) {
        chi2 += Math.pow(restObserved - restExpected, 2) / restExpected;
        bins++;
      }
      int df = Math.max(1, bins - 1);
      if (chi2 > df + 5 * Math.sqrt(2.0 * df) + 5) {
        return false;
      }
    }
    return true;
  }

  /** Sample mean within 6 standard errors, sample variance within 15 percent (plus a floor). */
  private static void assertMoments(String name, Distribution d, NDArray x) {
    NDArray mean = d.mean();
    NDArray var = d.variance();
    NDArray xs = x;
    if (name.equals("VonMises")) {
      // circular: E[cos(x - loc)] = I1(k) / I0(k) = 1 - circular variance
      xs = x.sub(mean).cos();
      mean = var.neg().add(1);
      var = null;
    }
    double[] m = flat(mean);
    double[] sampleMean = flat(xs.mean(new int[] {0}));
    double[] sampleVar = flat(xs.sub(xs.mean(new int[] {0})).square().mean(new int[] {0}));
    double[] v = var == null ? sampleVar : flat(var);
    for (int i = 0; i < m.length; i++) {
      double se = Math.sqrt(Math.max(v[i], sampleVar[i]) / N);
      assertTrue(
          Math.abs(sampleMean[i] - m[i]) <= 6 * se + 1e-9,
          name + " mean " + sampleMean[i] + " vs " + m[i] + " at " + i);
      assertTrue(
          Math.abs(sampleVar[i] - v[i]) <= 0.15 * v[i] + 1e-9,
          name + " variance " + sampleVar[i] + " vs " + v[i] + " at " + i);
    }
  }

  private static double[] flat(NDArray a) {
    return a.toType(DataType.FLOAT64, false).toDoubleArray();
  }

  /** Splits {@code (n) + rest} into one column of n values per entry of {@code rest}. */
  private static double[][] columns(NDArray a) {
    double[] v = flat(a);
    int n = (int) a.getShape().get(0);
    int width = v.length / n;
    double[][] out = new double[width][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < width; j++) {
        out[j][i] = v[i * width + j];
      }
    }
    return out;
  }
}
