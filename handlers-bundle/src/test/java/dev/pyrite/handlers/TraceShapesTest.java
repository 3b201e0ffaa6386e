package dev.pyrite.handlers;

import static dev.pyrite.Pyrite.param;
import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Beta;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shape table, log-probabilities with scale, mask and plates, and Pyro's shape errors. */
class TraceShapesTest {
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

  private static final Model<Void> MODEL =
      v -> {
        NDArray loc = param("loc", zeros(3));
        NDArray z = sample("z", new Normal(0, 1));
        try (Plate data = plate("data", 3)) {
          sample("x", new Normal(loc.add(z), 1.0), zeros(3));
        }
        sample("v", new Normal(zeros(2), 1.0).toEvent(1));
      };

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void formatShapesShowsBatchAndEventShapesOfEverySite(String engine) {
    open(engine);
    Trace t = Handlers.trace(MODEL, null);
    assertEquals(
        String.join(
            "\n",
            "Trace Shapes:",
            " Param Sites:",
            "          loc 3",
            "Sample Sites:",
            "       z dist   |",
            "        value   |",
            "       x dist 3 |",
            "        value 3 |",
            "       v dist   | 2",
            "        value   | 2",
            ""),
        t.formatShapes());
    t.computeLogProb();
    assertTrue(
        t.formatShapes().contains("       x dist 3 |\n        value 3 |\n     log_prob 3 |\n"));
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void logProbHonoursScaleMaskAndSubsampling(String engine) {
    open(engine);
    NDArray y = Backend.manager().create(new float[] {0.5f, -1f});
    NDArray keep = Backend.manager().create(new boolean[] {true, false});
    Model<Void> model =
        v -> {
          try (Plate p = plate("data", 4, Backend.manager().create(new long[] {1, 3}))) {
            sample("y", new Normal(0, 1), y);
          }
        };
    Trace t =
        Handlers.trace(Handlers.scale(Handlers.mask(model, keep), 3.0), null)
            .checkShapes(Trace.ALL_DIMS);
    t.computeLogProb();
    double lp0 = -0.5 * 0.25 - 0.5 * Math.log(2 * Math.PI);
    assertClose(
        t.logProb("y"), Backend.manager().create(new float[] {(float) (lp0 * 6), 0f}), 1e-5, 1e-6);
    assertClose(t.logProbSum(), lp0 * 6, 1e-5, 1e-6);
    assertEquals(6.0, t.node("y").scale());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void aBatchedSiteOutsideAnyPlateIsAnInvalidShape(String engine) {
    open(engine);
    Model<Void> model =
        v -> {
          sample("z", new Normal(0, 1));
          sample("x", new Normal(zeros(3), 1.0));
        };
    Trace t = Handlers.trace(model, null).checkShapes(Trace.ALL_DIMS);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, t::computeLogProb);
    assertEquals(
        String.join(
            "\n",
            "at site \"x\", invalid log_prob shape",
            "  Expected [], actual [3]",
            "  Try one of the following fixes:",
            "  - enclose the batched tensor in a plate: try (Plate p = plate(name, size)) {...}",
            "  - .toEvent(...) the distribution being sampled",
            "  - .transpose(...) data dimensions",
            "Trace Shapes:",
            " Param Sites:",
            "Sample Sites:",
            "       z dist   |",
            "        value   |",
            "     log_prob   |",
            "       x dist 3 |",
            "        value 3 |",
            "     log_prob 3 |",
            ""),
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> t.logProb("x"), "not cached when invalid");
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void dimsLeftOfMaxPlateNestingAreNotChecked(String engine) {
    open(engine);
    Model<Void> model =
        v -> {
          try (Plate p = plate("data", 3)) {
            sample("x", new Normal(zeros(5, 3), 1.0));
          }
        };
    assertEquals(
        new Shape(5, 3), Handlers.trace(model, null).checkShapes(1).logProb("x").getShape());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Handlers.trace(model, null).checkShapes(Trace.ALL_DIMS).logProb("x"));
    assertTrue(
        e.getMessage()
            .startsWith("at site \"x\", invalid log_prob shape\n  Expected [3], actual [5, 3]\n"),
        e.getMessage());
    IllegalArgumentException overflow =
        assertThrows(
            IllegalArgumentException.class,
            () -> Handlers.trace(model, null).checkShapes(0).logProb("x"));
    assertTrue(
        overflow
            .getMessage()
            .startsWith(
                "at site \"x\", plate stack overflow\n"
                    + "  Try increasing max_plate_nesting to at least 1\nTrace Shapes:\n"),
        overflow.getMessage());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void aDistributionErrorNamesTheSite(String engine) {
    open(engine);
    Model<NDArray> model = v -> sample("test_site", new Beta(1, 1), v);
    Trace t = Handlers.trace(model, Backend.scalar(2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, t::computeLogProb);
    assertTrue(
        e.getMessage().startsWith("Error while computing log_prob at site \"test_site\":\nBeta"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("test_site dist |\n         value |\n"), e.getMessage());
  }
}
