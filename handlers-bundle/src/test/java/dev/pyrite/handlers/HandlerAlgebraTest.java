package dev.pyrite.handlers;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Trace, replay, condition, block, scale and mask behave as Pyro's poutine. */
class HandlerAlgebraTest {
  private Scope scope;

  private static final Model<Void> MODEL =
      v -> {
        NDArray z = sample("z", new Normal(0, 1));
        try (Plate data = plate("data", 3)) {
          sample("x", new Normal(z, 1.0));
        }
      };

  @BeforeEach
  void open() {
    Engines.use("MXNet", 0);
    scope = Scope.open();
  }

  @AfterEach
  void close() {
    scope.close();
  }

  @Test
  void traceRecordsSitesInOrderWithPlateBroadcasting() {
    Trace t = Handlers.trace(MODEL, null);
    assertEquals(2, t.stochasticNodes().size());
    assertEquals(new Shape(3), t.node("x").value().getShape());
    assertEquals("data", t.node("x").condIndepStack().get(0).name());
    // log p = N(z; 0, 1) + sum_i N(x_i; z, 1)
    double z = t.node("z").value().getFloat();
    float[] x = t.node("x").value().toFloatArray();
    double expected = -0.5 * z * z - 0.5 * Math.log(2 * Math.PI);
    for (float xi : x) {
      expected += -0.5 * (xi - z) * (xi - z) - 0.5 * Math.log(2 * Math.PI);
    }
    assertClose(t.logProbSum().getFloat(), expected, 1e-5, 1e-5);
  }

  @Test
  void replayReusesLatentValuesAndIsIdempotent() {
    Trace first = Handlers.trace(MODEL, null);
    Trace replayed = Handlers.trace(Handlers.replay(MODEL, first), null);
    Trace twice = Handlers.trace(Handlers.replay(Handlers.replay(MODEL, first), first), null);
    assertClose(replayed.node("z").value(), first.node("z").value(), 0, 0);
    assertClose(twice.node("x").value(), first.node("x").value(), 0, 0);
  }

  @Test
  void conditionObservesAndCommutesWithReplay() {
    NDArray x = Backend.manager().create(new float[] {1, 2, 3});
    Trace guide = Handlers.trace(MODEL, null);
    Trace a =
        Handlers.trace(Handlers.replay(Handlers.condition(MODEL, Map.of("x", x)), guide), null);
    Trace b =
        Handlers.trace(Handlers.condition(Handlers.replay(MODEL, guide), Map.of("x", x)), null);
    assertTrue(a.node("x").isObserved());
    assertClose(a.logProbSum(), b.logProbSum(), 1e-6, 1e-6);
  }

  @Test
  void blockHidesSitesFromOuterHandlers() {
    Trace t = Handlers.trace(new BlockHandler(m -> m.name().equals("z")).wrap(MODEL), null);
    assertFalse(t.contains("z"));
    assertTrue(t.contains("x"));
    Trace exposed = Handlers.trace(BlockHandler.expose(Set.of("z")).wrap(MODEL), null);
    assertEquals(Set.of("z"), Set.copyOf(exposed.nodes().stream().map(m -> m.name()).toList()));
  }

  @Test
  void scaleAndMaskChangeSiteLogProbabilities() {
    Trace plain = Handlers.trace(Handlers.seed(MODEL, 3), null);
    Trace scaled = Handlers.trace(Handlers.seed(Handlers.scale(MODEL, 2.0), 3), null);
    assertClose(scaled.logProbSum(), plain.logProbSum().mul(2), 1e-6, 1e-6);
    NDArray none = Backend.manager().create(new boolean[] {false, false, false});
    Trace masked = Handlers.trace(Handlers.seed(Handlers.mask(MODEL, none), 3), null);
    assertClose(masked.logProb("x"), 0.0, 0, 0);
    assertClose(masked.logProbSum(), 0.0, 0, 0);
  }

  @Test
  void duplicateSiteNamesAreAnError() {
    Model<Void> twice =
        v -> {
          sample("z", new Normal(0, 1));
          sample("z", new Normal(0, 1));
        };
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Handlers.trace(twice, null));
    assertEquals(
        "Multiple sample sites named \"z\" in one trace; site names must be unique within a run"
            + " (add an index to names created in a loop)",
        e.getMessage());
  }
}
