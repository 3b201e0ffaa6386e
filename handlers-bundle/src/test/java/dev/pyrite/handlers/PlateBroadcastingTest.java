package dev.pyrite.handlers;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.Model;
import dev.pyrite.spi.PlateFrame;
import dev.pyrite.testkit.Engines;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Plates allocate dims from the right and broadcast the distributions inside them. */
class PlateBroadcastingTest {
  private Scope scope;

  @AfterEach
  void close() {
    scope.close();
  }

  private void open(String engine) {
    Engines.use(engine, 0);
    scope = Scope.open();
  }

  private static NDArray zeros(long... shape) {
    return Backend.manager().zeros(new Shape(shape));
  }

  private static Trace checked(Model<Void> model) {
    Trace t = Handlers.trace(model, null).checkShapes(Trace.ALL_DIMS);
    t.computeLogProb();
    return t;
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void nestedPlatesBroadcastScalarsToTheirDims(String engine) {
    open(engine);
    Trace t =
        checked(
            v -> {
              sample("global", new Normal(0, 1));
              try (Plate outer = plate("outer", 3)) {
                sample("a", new Normal(0, 1));
                try (Plate inner = plate("inner", 4)) {
                  sample("b", new Normal(0, 1));
                  sample("c", new Bernoulli(0.5));
                }
              }
            });
    assertEquals(new Shape(), t.node("global").value().getShape());
    assertEquals(new Shape(3), t.node("a").value().getShape());
    assertEquals(new Shape(4, 3), t.node("b").value().getShape());
    assertEquals(new Shape(4, 3), t.logProb("c").getShape());
    assertEquals(
        List.of(new PlateFrame("outer", -1, 3, 3, 0), new PlateFrame("inner", -2, 4, 4, 0)),
        t.node("b").condIndepStack());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void explicitDimsLeaveGapsOfSizeOne(String engine) {
    open(engine);
    Trace t =
        checked(
            v -> {
              try (Plate p = plate("p", 2, 2, -3)) {
                sample("x", new Normal(0, 1));
                try (Plate q = plate("q", 5)) {
                  sample("y", new Normal(zeros(1, 5), 1.0));
                }
              }
            });
    assertEquals(new Shape(2, 1, 1), t.node("x").value().getShape());
    assertEquals(new Shape(2, 1, 5), t.node("y").value().getShape());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void aDistributionBatchedOnAnotherDimIsKeptWhereNoPlateOwnsIt(String engine) {
    open(engine);
    Trace t =
        checked(
            v -> {
              try (Plate p = plate("p", 2, 2, -2)) {
                sample("x", new Normal(zeros(3), 1.0));
              }
            });
    assertEquals(new Shape(2, 3), t.node("x").value().getShape());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void aSizeThatFitsNoPlateIsAnError(String engine) {
    open(engine);
    Model<Void> model =
        v -> {
          try (Plate p = plate("data", 3)) {
            sample("x", new Normal(zeros(4), 1.0));
          }
        };
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Handlers.trace(model, null));
    assertEquals(
        "Shape mismatch inside plate(\"data\") at site \"x\" dim -1, 3 vs 4\n"
            + "The distribution Normal has batch shape [4]; give it size 1 or 3 at dim -1, or"
            + " move the plate to another dim (plate(name, size, subsampleSize, dim))",
        e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void subsampledPlatesBroadcastToTheSubsampleSize(String engine) {
    open(engine);
    Trace t =
        checked(
            v -> {
              try (Plate p = plate("data", 100, 7)) {
                sample("x", new Normal(0, 1));
              }
            });
    assertEquals(new Shape(7), t.node("x").value().getShape());
    assertEquals(new Shape(7), t.node("data").value().getShape());
    assertEquals(List.of("data", "x"), TraceAssertions.names(t));
  }
}
