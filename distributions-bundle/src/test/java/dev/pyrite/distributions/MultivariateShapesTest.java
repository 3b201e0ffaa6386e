package dev.pyrite.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
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
 * Pyro's shape semantics for every multivariate family, on both engines: draws of shape {@code
 * sample + batch + event} for sample shapes (), (2) and (2, 3), {@code logProb} of shape {@code
 * sample + batch}, draws inside the support, {@code expand}, {@code toEvent} and {@code mask}.
 */
class MultivariateShapesTest {
  private static final Shape[] SAMPLE_SHAPES = {new Shape(), new Shape(2), new Shape(2, 3)};

  static Stream<Arguments> families() {
    return Engines.all()
        .flatMap(
            e -> MultivariateFamilies.batchOfTwo().keySet().stream().map(f -> Arguments.of(e, f)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("families")
  void shapesFollowPyro(String engine, String family) {
    Engines.use(engine, 1);
    try (Scope s = Scope.open()) {
      Distribution d = MultivariateFamilies.batchOfTwo().get(family).get();
      assertEquals(new Shape(2), d.batchShape());
      for (Shape sampleShape : SAMPLE_SHAPES) {
        Shape drawn = sampleShape.addAll(d.batchShape()).addAll(d.eventShape());
        NDArray x = d.sample(sampleShape);
        assertEquals(drawn, x.getShape(), "sample shape");
        assertEquals(sampleShape.addAll(d.batchShape()), d.logProb(x).getShape(), "logProb");
        assertTrue(d.support().check(x).all().getBoolean(), "draws lie in " + d.support().name());
        if (d.hasRsample()) {
          assertEquals(drawn, d.rsample(sampleShape).getShape(), "rsample shape");
        }
      }
      Distribution wide = d.expand(new Shape(3, 2));
      assertEquals(new Shape(3, 2), wide.batchShape());
      assertEquals(d.eventShape(), wide.eventShape());
      NDArray y = wide.sample(new Shape(4));
      assertEquals(new Shape(4, 3, 2).addAll(d.eventShape()), y.getShape());
      assertEquals(new Shape(4, 3, 2), wide.logProb(y).getShape());

      Distribution event = d.toEvent(1);
      assertEquals(new Shape(), event.batchShape());
      assertEquals(new Shape(2).addAll(d.eventShape()), event.eventShape());
      assertEquals(new Shape(5), event.logProb(d.sample(new Shape(5))).getShape());

      NDArray mask = Backend.manager().create(new boolean[] {true, false});
      NDArray masked = d.mask(mask).logProb(d.sample(new Shape(5)));
      assertEquals(new Shape(5, 2), masked.getShape());
      assertEquals(0.0, masked.get("..., 1").abs().sum().getDouble(), "masked terms are zero");
    }
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("families")
  void float32StaysFloat32AndLoopsDoNotLeak(String engine, String family) {
    Engines.use(engine, 2);
    Distribution d = MultivariateFamilies.batchOfTwo(DataType.FLOAT32).get(family).get();
    int live = Backend.liveArrays();
    for (int i = 0; i < 5; i++) {
      try (Scope s = Scope.open()) {
        NDArray x = d.sample(new Shape(3));
        NDArray lp = d.logProb(x);
        assertEquals(DataType.FLOAT32, x.getDataType(), "sample dtype");
        assertEquals(DataType.FLOAT32, lp.getDataType(), "logProb dtype");
        assertTrue(Double.isFinite(lp.sum().getFloat()), "finite log-density");
      }
    }
    assertEquals(live, Backend.liveArrays(), "live arrays after the loop");
  }
}
