package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.distributions.kl.KL;
import dev.pyrite.spi.Distribution;
import dev.pyrite.testkit.Engines;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * KL dispatch beyond the reference pairs: every built-in pair gives 0 for {@code KL(p || p)} and
 * broadcasts batch shapes; {@code Independent} sums over its reinterpreted dims (and refuses
 * different ones); a mask zeroes entries.
 */
class KlDispatchTest {
  static final List<Function<NDManager, Distribution>> FAMILIES =
      List.of(
          m -> new Normal(m.create(new double[] {0, 1}), m.create(new double[] {1, 2})),
          m -> new Gamma(m.create(new double[] {0.5, 3}), m.create(new double[] {1, 2})),
          m -> new Beta(m.create(new double[] {0.5, 3}), m.create(new double[] {2, 1})),
          m -> new Bernoulli(m.create(new double[] {0.2, 0.7})),
          m -> new Categorical(m.create(new double[] {0.2, 0.8, 0.5, 0.5}, new Shape(2, 2))),
          m -> new Exponential(m.create(new double[] {0.5, 3})),
          m -> new Poisson(m.create(new double[] {0.5, 3})),
          m -> new Laplace(m.create(new double[] {0, 1}), m.create(new double[] {1, 2})),
          m -> new Uniform(m.create(new double[] {0, 1}), m.create(new double[] {1, 4})));

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void divergenceFromItselfIsZero(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      for (Function<NDManager, Distribution> f : FAMILIES) {
        Distribution d = f.apply(Backend.manager());
        NDArray kl = KL.divergence(d, d);
        assertEquals(new Shape(2), kl.getShape(), d.name());
        assertClose(kl, 0.0, 0, 1e-12);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void batchShapesBroadcast(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      Normal p = new Normal(m.create(new double[] {0, 1}).reshape(2, 1), m.create(1.0));
      Normal q = new Normal(m.create(new double[] {0, 1, 2}), m.create(new double[] {1, 2, 3}));
      NDArray kl = KL.divergence(p, q);
      assertEquals(new Shape(2, 3), kl.getShape());
      // KL(N(1,1) || N(2,3)) = log 3 + (1 + 1) / 18 - 1/2
      assertClose(kl.get(1, 2).getDouble(), Math.log(3) + 2.0 / 18 - 0.5, 1e-12, 1e-12);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void independentSumsAndMaskedZeroes(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      Normal p = new Normal(m.create(new double[] {0, 1, 2}), m.create(new double[] {1, 2, 3}));
      Normal q = new Normal(m.create(0.5), m.create(1.5));
      NDArray each = KL.divergence(p, q.expand(new Shape(3)));
      assertClose(
          KL.divergence(p.toEvent(1), q.expand(new Shape(3)).toEvent(1)).getDouble(),
          each.sum().getDouble(),
          1e-12,
          1e-12);
      NDArray mask = m.create(new boolean[] {true, false, true});
      NDArray masked = KL.divergence(p.mask(mask), q);
      assertClose(masked.get(1).getDouble(), 0.0, 0, 0);
      assertClose(masked.get(2).getDouble(), each.get(2).getDouble(), 1e-12, 0);
      UnsupportedOperationException e =
          assertThrows(
              UnsupportedOperationException.class,
              () ->
                  KL.divergence(
                      p.expand(new Shape(2, 3)).toEvent(2), q.expand(new Shape(2, 3)).toEvent(1)));
      assertEquals(
          "KL: Independent distributions with 2 and 1 reinterpreted batch dims; both must"
              + " reinterpret the same number of dims",
          e.getMessage());
    }
  }
}
