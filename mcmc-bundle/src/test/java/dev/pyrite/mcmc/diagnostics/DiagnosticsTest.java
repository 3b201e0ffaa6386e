package dev.pyrite.mcmc.diagnostics;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Diagnostics against closed forms and direct sums, and their argument checks. */
class DiagnosticsTest {

  @Test
  void autocovarianceEqualsTheDirectSum() {
    double[] x = new Random(3).doubles(37).toArray();
    double mean = Diagnostics.mean(x);
    double[] c = Diagnostics.autocovariance(x);
    for (int k = 0; k < x.length; k++) {
      double s = 0;
      for (int t = 0; t + k < x.length; t++) {
        s += (x[t] - mean) * (x[t + k] - mean);
      }
      assertClose(c[k], s / (x.length - k), 1e-12, 1e-14);
    }
  }

  @Test
  void independentDrawsHaveAnEffectiveSampleSizeNearTheirCount() {
    Random rng = new Random(11);
    double[][] chains = new double[4][2000];
    for (double[] chain : chains) {
      for (int t = 0; t < chain.length; t++) {
        chain[t] = rng.nextGaussian();
      }
    }
    double nEff = Diagnostics.effectiveSampleSize(chains);
    assertTrue(nEff > 6500 && nEff < 9500, "n_eff " + nEff);
    assertClose(Diagnostics.splitGelmanRubin(chains), 1.0, 0.0, 0.01);
  }

  @Test
  void anAr1ChainHasTheTheoreticalEffectiveSampleSize() {
    double phi = 0.8;
    Random rng = new Random(5);
    double[][] chains = new double[8][5000];
    for (double[] chain : chains) {
      double x = rng.nextGaussian() / Math.sqrt(1 - phi * phi);
      for (int t = 0; t < chain.length; t++) {
        x = phi * x + rng.nextGaussian();
        chain[t] = x;
      }
    }
    double expected = 8 * 5000 * (1 - phi) / (1 + phi);
    assertClose(Diagnostics.effectiveSampleSize(chains), expected, 0.1, 0.0);
  }

  @Test
  void shiftedChainsHaveALargeRHat() {
    double[][] chains = {{0, 1, 0, 1, 0, 1}, {5, 6, 5, 6, 5, 6}};
    assertTrue(Diagnostics.gelmanRubin(chains) > 3);
  }

  @Test
  void quantileAndHpdiFollowPyro() {
    double[] x = {5, 1, 4, 2, 3};
    assertArrayEquals(
        new double[] {1.2, 3.0, 4.8}, Diagnostics.quantile(x, 0.05, 0.5, 0.95), 1e-12);
    assertArrayEquals(new double[] {1, 4}, Diagnostics.hpdi(x, 0.6), 0.0);
  }

  @Test
  void drawsEvaluatePerElement() {
    double[] values = new double[2 * 10 * 3];
    Random rng = new Random(1);
    for (int i = 0; i < values.length; i++) {
      values[i] = rng.nextGaussian() + i % 3;
    }
    Draws d = Draws.of(values, 2, 10, 3);
    assertEquals(3, d.effectiveSampleSize().length);
    double[][] e1 = d.element(1);
    assertClose(d.mean()[1], Diagnostics.mean(Diagnostics.pooled(e1)), 1e-14, 0.0);
    assertClose(d.splitGelmanRubin()[2], Diagnostics.splitGelmanRubin(d.element(2)), 0.0, 0.0);
  }

  @Test
  void badInputNamesTheArgument() {
    IllegalArgumentException short4 =
        assertThrows(
            IllegalArgumentException.class,
            () -> Diagnostics.splitGelmanRubin(new double[][] {{1, 2, 3}}));
    assertEquals("splitGelmanRubin needs at least 4 draws per chain, got 3", short4.getMessage());
    IllegalArgumentException ragged =
        assertThrows(
            IllegalArgumentException.class,
            () -> Diagnostics.effectiveSampleSize(new double[][] {{1, 2, 3}, {1, 2}}));
    assertTrue(ragged.getMessage().contains("chain 1 has 2"), ragged.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Diagnostics.hpdi(new double[] {1}, 1.5));
    assertThrows(IllegalArgumentException.class, () -> Draws.of(new double[5], 2, 2));
  }
}
