package dev.pyrite.reparam;

import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Gamma;
import dev.pyrite.distributions.Normal;
import dev.pyrite.handlers.Handlers;
import dev.pyrite.handlers.Trace;
import dev.pyrite.handlers.TraceHandler;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** How {@link ReparamHandler} picks sites, guards re-entry and composes. */
class ReparamHandlerTest {
  private static List<String> sampleSites(Trace t) {
    List<String> out = new ArrayList<>();
    for (Message m : t.nodes()) {
      if (m.type() == MessageType.SAMPLE) {
        out.add(m.name());
      }
    }
    return out;
  }

  private static final Model<Void> TWO_SITES =
      v -> {
        NDArray x = sample("x", new Normal(1.0, 2.0));
        sample("y", new Normal(x, 0.5));
      };

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void strategyMatchingEveryNormalDoesNotRecurseIntoAuxiliarySites(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      Trace t =
          Handlers.trace(
              ReparamHandler.reparam(
                  TWO_SITES, msg -> msg.fn() instanceof Normal ? new LocScaleReparam(0.0) : null),
              null);
      assertEquals(List.of("x_decentered", "x", "y_decentered", "y"), sampleSites(t));
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void unconfiguredSitesAreLeftAlone(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      Trace t =
          Handlers.trace(
              ReparamHandler.reparam(TWO_SITES, Map.of("x", new LocScaleReparam(0.0))), null);
      assertEquals(List.of("x_decentered", "x", "y"), sampleSites(t));
      assertFalse(t.node("y").isObserved());
      Normal y = assertInstanceOf(Normal.class, t.node("y").fn());
      // y's loc is the reparameterised x
      assertClose(y.loc(), t.node("x").value(), 0.0, 0.0);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void nestedHandlersReparameteriseAuxiliarySites(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      Model<Void> inner = ReparamHandler.reparam(TWO_SITES, Map.of("x", new LocScaleReparam(0.0)));
      Model<Void> outer =
          ReparamHandler.reparam(inner, Map.of("x_decentered", new LocScaleReparam(0.0)));
      Trace t = Handlers.trace(outer, null);
      assertEquals(List.of("x_decentered_decentered", "x_decentered", "x", "y"), sampleSites(t));
      NDArray dd = t.node("x_decentered_decentered").value();
      assertClose(t.node("x_decentered").value(), dd, 0.0, 1e-6);
      assertClose(t.node("x").value(), dd.mul(2.0).add(1.0), 1e-6, 1e-6);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void sitesAlreadyDoneAreLeftAlone(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDArray x = Backend.scalar(0.25);
      // substitute sits above the reparam handler, so "x" reaches it done
      Model<Void> model =
          ReparamHandler.reparam(
              Handlers.substitute(TWO_SITES, Map.of("x", x)),
              Map.of("x", new LocScaleReparam(0.0)));
      Trace t = Handlers.trace(model, null);
      assertEquals(List.of("x", "y"), sampleSites(t));
      assertClose(t.node("x").value(), 0.25, 0.0, 0.0);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void handlerStaysUsableAfterAReparameterizerThrows(String engine) {
    Engines.use(engine, 0);
    ReparamHandler h =
        new ReparamHandler(msg -> msg.name().equals("x") ? new LocScaleReparam(0.0) : null);
    try (Scope s = Scope.open()) {
      Model<Void> bad = v -> sample("x", new Gamma(2.0, 1.0));
      assertThrows(IllegalArgumentException.class, () -> h.run(bad, null));
      TraceHandler tr = new TraceHandler();
      try (TraceHandler installed = tr.install();
          ReparamHandler reparam = h.install()) {
        TWO_SITES.run(null);
      }
      assertEquals(List.of("x_decentered", "x", "y"), sampleSites(tr.trace()));
    }
  }
}
