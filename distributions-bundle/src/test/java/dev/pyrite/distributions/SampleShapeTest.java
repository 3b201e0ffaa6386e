package dev.pyrite.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.spi.Distribution;
import dev.pyrite.testkit.Engines;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pyro's shape contract for every family: a draw with sample shape {@code s} has shape {@code s +
 * batch + event}, its log-probability {@code s + batch}, for {@code s} in {@code ()}, {@code (2)},
 * {@code (2, 3)}; draws lie in the support; {@code expand} and {@code mask} keep the contract.
 */
class SampleShapeTest {
  private static final Shape[] SAMPLE_SHAPES = {new Shape(), new Shape(2), new Shape(2, 3)};

  static Stream<Arguments> cases() {
    return Engines.all().flatMap(e -> FamilyCatalog.stream().map(f -> Arguments.of(e, f)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void drawsAndLogProbsHavePyroShapes(String engine, FamilyCatalog.Entry family) {
    Engines.use(engine, 3);
    try (Scope s = Scope.open()) {
      Distribution d = family.make().apply(Backend.manager());
      for (Shape sample : SAMPLE_SHAPES) {
        Shape expected = sample.addAll(d.batchShape()).addAll(d.eventShape());
        NDArray x = d.sample(sample);
        assertEquals(expected, x.getShape(), "sample shape");
        assertEquals(sample.addAll(d.batchShape()), d.logProb(x).getShape(), "log_prob shape");
        assertFalse(d.logProb(x).isNaN().any().getBoolean(), "log_prob is NaN");
        assertEquals(
            true, d.support().check(x).all().getBoolean(), "a draw is outside the support");
        if (d.hasRsample()) {
          assertEquals(expected, d.rsample(sample).getShape(), "rsample shape");
        }
      }
    }
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void expandedAndMaskedKeepTheContract(String engine, FamilyCatalog.Entry family) {
    Engines.use(engine, 4);
    try (Scope s = Scope.open()) {
      Distribution d = family.make().apply(Backend.manager());
      Shape wider = new Shape(4).addAll(d.batchShape());
      Distribution e = d.expand(wider);
      assertEquals(wider, e.batchShape());
      assertEquals(d.eventShape(), e.eventShape());
      NDArray x = e.sample(new Shape(2));
      assertEquals(new Shape(2).addAll(wider).addAll(d.eventShape()), x.getShape());
      assertEquals(new Shape(2).addAll(wider), e.logProb(x).getShape());
      NDArray keep = Backend.manager().create(new boolean[] {true, false, true, false});
      Distribution masked = e.mask(keep.reshape(4, 1));
      NDArray lp = masked.logProb(x);
      assertEquals(new Shape(2).addAll(wider), lp.getShape());
      assertEquals(
          0.0,
          lp.get("..., 1, :")
              .abs()
              .sum()
              .toType(ai.djl.ndarray.types.DataType.FLOAT64, false)
              .getDouble());
    }
  }
}
