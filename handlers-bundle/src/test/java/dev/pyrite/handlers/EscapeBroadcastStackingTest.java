package dev.pyrite.handlers;

import static dev.pyrite.Pyrite.param;
import static dev.pyrite.Pyrite.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Handler;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.Model;
import dev.pyrite.spi.PlateFrame;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** escape, broadcast, and how condition and substitute stack, after Pyro's poutine tests. */
class EscapeBroadcastStackingTest {
  private Scope scope;

  private static final Model<Void> MODEL =
      v -> {
        sample("x", new Normal(0, 1));
        sample("y", new Bernoulli(0.5));
        sample("z", new Normal(0, 1));
      };

  @AfterEach
  void close() {
    scope.close();
  }

  private void open(String engine) {
    Engines.use(engine, 0);
    scope = Scope.open();
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void escapeLeavesAtTheFirstChosenSite(String engine) {
    open(engine);
    NonlocalExit discrete =
        assertThrows(
            NonlocalExit.class, () -> Handlers.escape(MODEL, m -> m.fn().isDiscrete()).run(null));
    assertEquals("y", discrete.site().name());
    NonlocalExit first =
        assertThrows(NonlocalExit.class, () -> Handlers.escape(MODEL, m -> true).run(null));
    assertEquals("x", first.site().name());
    assertEquals("left the model at site \"x\"", first.getMessage());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void aTraceInsideTheEscapeSeesTheSiteOneOutsideDoesNot(String engine) {
    open(engine);
    TraceHandler inside = new TraceHandler();
    assertThrows(
        NonlocalExit.class, () -> Handlers.escape(inside.wrap(MODEL), m -> true).run(null));
    assertTrue(inside.trace().contains("x"));
    TraceHandler outside = new TraceHandler();
    assertThrows(
        NonlocalExit.class, () -> outside.wrap(Handlers.escape(MODEL, m -> true)).run(null));
    assertFalse(outside.trace().contains("x"));
    assertTrue(dev.pyrite.internal.stack.HandlerStack.current().isEmpty());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void broadcastExpandsToFramesAddedByAnyHandler(String engine) {
    open(engine);
    Handler frames =
        new Handler() {
          @Override
          public void process(Message msg) {
            msg.condIndepStack().add(new PlateFrame("batch", -2, 4, 4, 0));
            msg.condIndepStack().add(new PlateFrame("components", -1, 3, 3, 0));
          }
        };
    Model<Void> model = v -> sample("s", new Bernoulli(0.5));
    Trace t = Handlers.trace(Handlers.broadcast(frames.wrap(model)), null);
    assertEquals(new Shape(4, 3), t.node("s").value().getShape());
    Trace plain = Handlers.trace(frames.wrap(model), null);
    assertEquals(new Shape(), plain.node("s").value().getShape());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void outerConditionWinsAndDifferentSitesStack(String engine) {
    open(engine);
    NDArray a = Backend.scalar(1);
    NDArray b = Backend.scalar(2);
    Model<Void> model =
        v -> {
          param("loc1", Backend.manager().zeros(new Shape(1)));
          param("loc2", Backend.manager().zeros(new Shape(1)));
          sample("latent1", new Normal(0, 1));
          sample("latent2", new Normal(0, 1));
        };
    Trace overwrite =
        Handlers.trace(
            Handlers.condition(
                Handlers.condition(model, Map.of("latent2", a)), Map.of("latent2", b)),
            null);
    assertSame(b, overwrite.node("latent2").value());
    Trace substituted =
        Handlers.trace(
            Handlers.substitute(Handlers.substitute(model, Map.of("loc1", a)), Map.of("loc1", b)),
            null);
    assertSame(b, substituted.node("loc1").value());
    Trace both =
        Handlers.trace(
            Handlers.substitute(Handlers.substitute(model, Map.of("loc1", a)), Map.of("loc2", b)),
            null);
    assertSame(a, both.node("loc1").value());
    assertSame(b, both.node("loc2").value());
  }
}
