package dev.pyrite.engine.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The random operations of the Jvm manager: sample moments against analytic ones (fixed seeds, 5
 * standard errors), supports, shapes, dtypes, and reproducibility from {@code setRandomSeed}.
 */
class RandomDrawsTest {
  private static final int N = 40_000;
  private final Engine jvm = Engine.getEngine("Jvm");
  private NDManager m;

  @BeforeEach
  void open() {
    m = jvm.newBaseManager();
    jvm.setRandomSeed(20_261_121);
  }

  @AfterEach
  void close() {
    m.close();
  }

  @Test
  void uniformHasTheMomentsAndStaysBelowHigh() {
    NDArray u = m.randomUniform(2f, 5f, new Shape(N), DataType.FLOAT64);
    SampleMoments.check("uniform(2, 5)", u.toDoubleArray(), 3.5, 0.75);
    NDArray f = m.randomUniform(0f, 1f, new Shape(N));
    assertEquals(DataType.FLOAT32, f.getDataType());
    assertTrue(f.lt(1).all().getBoolean() && f.gte(0).all().getBoolean());
    SampleMoments.check(
        "uniform float32", f.toType(DataType.FLOAT64, false).toDoubleArray(), .5, 1 / 12.0);
  }

  @Test
  void normalWithLocAndScale() {
    NDArray z = m.randomNormal(-1.5f, 2f, new Shape(N), DataType.FLOAT64);
    SampleMoments.check("normal(-1.5, 2)", z.toDoubleArray(), -1.5, 4);
    assertEquals(new Shape(3, 4), m.randomNormal(new Shape(3, 4)).getShape());
  }

  @Test
  void truncatedNormalStaysWithinTwoSd() {
    double[] z = m.truncatedNormal(1f, 0.5f, new Shape(N), DataType.FLOAT64).toDoubleArray();
    NormalDistribution std = new NormalDistribution();
    double mass = std.cumulativeProbability(2) - std.cumulativeProbability(-2);
    double variance = (1 - 2 * 2 * std.density(2) / mass) * 0.25;
    assertTrue(Arrays.stream(z).allMatch(v -> v >= 0 && v <= 2), "outside 1 +- 2 * 0.5");
    SampleMoments.check("truncatedNormal(1, 0.5)", z, 1, variance);
  }

  @Test
  void integersAreUniformOnTheRange() {
    NDArray k = m.randomInteger(-3, 4, new Shape(N), DataType.INT64);
    assertEquals(DataType.INT64, k.getDataType());
    long[] v = k.toLongArray();
    for (long value = -3; value < 4; value++) {
      long target = value;
      long hits = Arrays.stream(v).filter(x -> x == target).count();
      SampleMoments.checkFrequency("randomInteger value " + value, hits, N, 1 / 7.0);
    }
    assertEquals(7, Arrays.stream(v).distinct().count());
  }

  @Test
  void permutationsAreUniform() {
    int trials = 7000;
    long firstIsTwo = 0;
    for (int t = 0; t < trials; t++) {
      long[] p = m.randomPermutation(7).toLongArray();
      long[] sorted = p.clone();
      Arrays.sort(sorted);
      assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5, 6}, sorted);
      firstIsTwo += p[0] == 2 ? 1 : 0;
    }
    SampleMoments.checkFrequency("permutation p[0] == 2", firstIsTwo, trials, 1 / 7.0);
  }

  @Test
  void gammaDrawsPerParameterEntry() {
    NDArray alpha = m.create(new double[] {0.3, 1, 4.5});
    NDArray scale = m.create(new double[] {2, 0.5, 1});
    NDArray g = m.sampleGamma(alpha, scale, new Shape(N));
    assertEquals(new Shape(3, N), g.getShape());
    double[] d = g.toDoubleArray();
    double[] a = {0.3, 1, 4.5};
    double[] s = {2, 0.5, 1};
    for (int p = 0; p < 3; p++) {
      SampleMoments.check(
          "gamma(" + a[p] + ", scale " + s[p] + ")", d, p * N, N, a[p] * s[p], a[p] * s[p] * s[p]);
    }
    assertTrue(g.gt(0).all().getBoolean());
  }

  @Test
  void poissonMomentsAndMassOnBothAlgorithms() {
    double[] rates = {0.7, 4, 25, 300};
    NDArray k = m.samplePoisson(m.create(rates), new Shape(N));
    assertEquals(new Shape(4, N), k.getShape());
    assertEquals(DataType.FLOAT64, k.getDataType());
    double[] d = k.toDoubleArray();
    for (int p = 0; p < rates.length; p++) {
      SampleMoments.check("poisson(" + rates[p] + ")", d, p * N, N, rates[p], rates[p]);
      PoissonDistribution law = new PoissonDistribution(rates[p]);
      int mode = (int) Math.floor(rates[p]);
      for (int value : new int[] {mode - 1, mode, mode + 2}) {
        if (value < 0) {
          continue;
        }
        long hits = 0;
        for (int i = p * N; i < (p + 1) * N; i++) {
          hits += d[i] == value ? 1 : 0;
        }
        SampleMoments.checkFrequency(
            "poisson(" + rates[p] + ") == " + value, hits, N, law.probability(value));
      }
    }
    assertEquals(0.0, m.samplePoisson(m.create(new double[] {0})).getDouble(0));
  }

  @Test
  void normalDrawsBroadcastTheirParameters() {
    NDArray mu = m.create(new double[] {-2, 3}).reshape(2, 1);
    NDArray sigma = m.create(new double[] {0.5, 1, 2});
    NDArray z = m.sampleNormal(mu, sigma, new Shape(N));
    assertEquals(new Shape(2, 3, N), z.getShape());
    double[] d = z.toDoubleArray();
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        double loc = i == 0 ? -2 : 3;
        double sd = new double[] {0.5, 1, 2}[j];
        SampleMoments.check(
            "sampleNormal[" + i + "," + j + "]", d, (i * 3 + j) * N, N, loc, sd * sd);
      }
    }
    assertEquals(new Shape(2, 3), m.sampleNormal(mu, sigma).getShape());
  }

  @Test
  void multinomialCountsSumToNWithBinomialMarginals() {
    double[] p = {0.2, 0.5, 0.3};
    int draws = 10_000;
    NDArray c = m.randomMultinomial(20, m.create(p), new Shape(draws));
    assertEquals(new Shape(draws, 3), c.getShape());
    assertEquals(DataType.INT64, c.getDataType());
    assertTrue(c.sum(new int[] {1}).eq(20).all().getBoolean());
    double[] counts = c.transpose().toType(DataType.FLOAT64, false).toDoubleArray();
    for (int j = 0; j < 3; j++) {
      SampleMoments.check(
          "multinomial[" + j + "]", counts, j * draws, draws, 20 * p[j], 20 * p[j] * (1 - p[j]));
    }
    assertEquals(new Shape(3), m.randomMultinomial(5, m.create(p)).getShape());
  }

  @Test
  void theSameSeedGivesTheSameDraws() {
    double[] first = drawEverything(7);
    double[] again = drawEverything(7);
    double[] other = drawEverything(8);
    assertArrayEquals(first, again);
    assertFalse(Arrays.equals(first, other));
  }

  private double[] drawEverything(int seed) {
    jvm.setRandomSeed(seed);
    NDArray a = m.create(new double[] {0.5, 3});
    NDArray[] parts = {
      m.randomUniform(0f, 1f, new Shape(5), DataType.FLOAT64),
      m.randomNormal(new Shape(5), DataType.FLOAT64),
      m.sampleGamma(a, a, new Shape(3)).flatten(),
      m.samplePoisson(a.mul(10), new Shape(3)).flatten(),
      m.randomInteger(0, 100, new Shape(4), DataType.FLOAT64),
      m.randomPermutation(5).toType(DataType.FLOAT64, false),
      m.randomMultinomial(9, m.create(new double[] {.3, .7})).toType(DataType.FLOAT64, false)
    };
    return Arrays.stream(parts).flatMapToDouble(x -> Arrays.stream(x.toDoubleArray())).toArray();
  }

  @Test
  void invalidParametersNameTheOperationAndTheValue() {
    NDArray one = m.create(new double[] {1});
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> m.sampleGamma(m.create(new double[] {1, -1}), one, new Shape(2)));
    assertEquals("sampleGamma: alpha[1] = -1.0 must be finite and > 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> m.samplePoisson(m.create(Double.NaN)));
    assertEquals("samplePoisson: lam[0] = NaN must be finite and >= 0", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> m.randomInteger(3, 3, new Shape(1), DataType.INT64));
    assertEquals("randomInteger: high = 3 must be above low = 3", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> m.randomMultinomial(3, m.create(new double[] {0.8, 0.7, 0})));
    assertTrue(e.getMessage().contains("sum to 1.5"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> m.randomNormal(0f, -1f, new Shape(1), DataType.FLOAT64));
    assertEquals("randomNormal: scale = -1.0 must be finite and >= 0", e.getMessage());
  }
}
