package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.spi.Distribution;
import dev.pyrite.testkit.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code enumerateSupport} of the finite discrete families: values along a new leftmost dim, batch
 * dims of size 1 (or expanded), and the probabilities of the values sum to 1.
 */
class EnumerateSupportTest {
  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void valuesCoverTheSupportWithPyroShapes(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      check(new Bernoulli(m.create(new double[] {0.2, 0.7})), 2);
      check(new Binomial(m.create(new double[] {4, 4}), m.create(new double[] {0.2, 0.7})), 5);
      check(
          new BetaBinomial(
              m.create(new double[] {1, 2}), m.create(new double[] {3, 0.5}), m.create(6.0)),
          7);
      check(
          new Categorical(m.create(new double[] {0.2, 0.3, 0.5, 0.1, 0.1, 0.8}, new Shape(2, 3))),
          3);
      check(
          new OneHotCategorical(
              m.create(new double[] {0.2, 0.3, 0.5, 0.1, 0.1, 0.8}, new Shape(2, 3))),
          3);
      check(
          new Bernoulli(m.create(new double[] {0.2, 0.7}))
              .mask(m.create(new boolean[] {true, true})),
          2);
      check(new Bernoulli(m.create(new double[] {0.2, 0.7})).toEvent(0), 2);
    }
  }

  private static void check(Distribution d, long n) {
    long[] dims = new long[d.batchShape().dimension() + 1];
    java.util.Arrays.fill(dims, 1);
    dims[0] = n;
    Shape ones = new Shape(dims);
    NDArray compact = d.enumerateSupport(false);
    assertEquals(ones.addAll(d.eventShape()), compact.getShape(), d.name());
    NDArray full = d.enumerateSupport(true);
    assertEquals(new Shape(n).addAll(d.batchShape()).addAll(d.eventShape()), full.getShape());
    NDArray total = d.logProb(full).exp().sum(new int[] {0});
    assertClose(total, 1.0, 1e-12, 1e-12);
  }
}
