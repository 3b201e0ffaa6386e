package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Scope;
import dev.pyrite.TensorOps;
import dev.pyrite.spi.Distribution;
import dev.pyrite.testkit.Engines;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Draws against the distribution, with a fixed seed, on both engines: sample means within 4.5
 * standard errors of {@code mean()}, sample variances within 12% of {@code variance()}, and the
 * average log-density of the draws within 4.5 standard errors of {@code -entropy()}, which ties the
 * sampler to the density. The LKJ families have no variance or entropy in torch; each of their
 * correlation entries must have mean 0 and second moment {@code 1 / (2 eta + d - 1)}, within 4.5
 * standard errors (this fails torch 1.13's onion sampler, whose third row is too spread).
 */
@Tag("slow")
class MultivariateGoodnessOfFitTest {
  private static final int N = 4000;
  private static final double Z = 4.5;

  static Stream<Arguments> families() {
    return Engines.all()
        .flatMap(
            e ->
                MultivariateFamilies.batchOfTwo().keySet().stream()
                    .filter(f -> !f.startsWith("LKJ"))
                    .map(f -> Arguments.of(e, f)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("families")
  void momentsAndDensityMatchTheDraws(String engine, String family) {
    Engines.use(engine, 7);
    try (Scope s = Scope.open()) {
      Distribution d = MultivariateFamilies.batchOfTwo().get(family).get();
      NDArray x = d.sample(new Shape(N));
      NDArray variance = d.variance();
      NDArray standardError = variance.div(N).sqrt();
      assertClose(x.mean(new int[] {0}).sub(d.mean()).div(standardError), 0.0, 0, Z);
      NDArray sampleVariance = x.sub(x.mean(new int[] {0})).square().mean(new int[] {0});
      assertClose(sampleVariance, variance, 0.12, 0);
      if (!family.equals("MultivariateStudentT")) {
        NDArray lp = d.logProb(x);
        NDArray lpError = lp.sub(lp.mean(new int[] {0})).square().mean(new int[] {0}).div(N).sqrt();
        assertClose(lp.mean(new int[] {0}).add(d.entropy()).div(lpError), 0.0, 0, Z);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void lkjCorrelationsHaveTheirMoments(String engine) {
    Engines.use(engine, 8);
    try (Scope s = Scope.open()) {
      Distribution chol = MultivariateFamilies.batchOfTwo().get("LKJCholesky").get();
      NDArray l = chol.sample(new Shape(N));
      checkCorrelations(l.matMul(l.swapAxes(-1, -2)), new double[] {0.8, 3});
      Distribution lkj = MultivariateFamilies.batchOfTwo().get("LKJ").get();
      checkCorrelations(lkj.sample(new Shape(N)), new double[] {1, 2.5});
    }
  }

  /**
   * Each off-diagonal entry on its own (LKJ is exchangeable): mean 0 and second moment {@code 1 /
   * (2 eta + 2)} for dim 3, the moments of {@code 2 Beta(eta + 1/2, eta + 1/2) - 1}.
   */
  private static void checkCorrelations(NDArray c, double[] eta) {
    for (int b = 0; b < 2; b++) {
      double second = 1 / (2 * eta[b] + 2);
      double fourth = 3 / ((2 * eta[b] + 2) * (2 * eta[b] + 4));
      for (int[] ij : new int[][] {{1, 0}, {2, 0}, {2, 1}}) {
        NDArray r = c.get(":, " + b + ", " + ij[0] + ", " + ij[1]);
        assertClose(r.mean().getDouble(), 0.0, 0, Z * Math.sqrt(second / N));
        double spread = Math.sqrt((fourth - second * second) / N);
        assertClose(r.square().mean().getDouble(), second, 0, Z * spread);
      }
    }
    assertClose(TensorOps.diagonal(c), 1.0, 1e-12, 0);
  }
}
