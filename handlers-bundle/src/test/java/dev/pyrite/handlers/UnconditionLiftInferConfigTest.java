package dev.pyrite.handlers;

import static dev.pyrite.Pyrite.param;
import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Exponential;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** uncondition, lift and inferConfig, after Pyro's poutine tests. */
class UnconditionLiftInferConfigTest {
  private Scope scope;

  @AfterEach
  void close() {
    scope.close();
  }

  private void open(String engine) {
    Engines.use(engine, 0);
    scope = Scope.open();
  }

  /** latent1 -> latent2 -> obs = ones(2), Pyro's NormalNormalNormal test model. */
  private static final Model<Void> MODEL =
      v -> {
        NDArray l1 = sample("latent1", new Normal(Backend.manager().zeros(new Shape(2)), 1.0));
        NDArray l2 = sample("latent2", new Normal(l1, 5.0));
        sample("obs", new Normal(l2, 1.0), Backend.manager().ones(new Shape(2)));
      };

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void unconditionSimulatesObservedSitesAndConditionUndoesIt(String engine) {
    open(engine);
    Trace sim = Handlers.trace(Handlers.uncondition(MODEL), null);
    assertFalse(sim.node("obs").isObserved());
    assertNotEquals(1f, sim.node("obs").value().getFloat(0));
    assertEquals(Boolean.TRUE, sim.node("obs").infer().get(UnconditionHandler.WAS_OBSERVED));
    assertClose((NDArray) sim.node("obs").infer().get(UnconditionHandler.OBS), 1.0, 0, 0);
    NDArray ones = Backend.manager().ones(new Shape(2));
    Trace again =
        Handlers.trace(Handlers.condition(Handlers.uncondition(MODEL), Map.of("obs", ones)), null);
    assertTrue(again.node("obs").isObserved());
    assertSame(ones, again.node("obs").value());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void liftTurnsParamsIntoSamplesFromTheirPriors(String engine) {
    open(engine);
    ParamStore store = new ParamStore();
    Model<Map<String, NDArray>> model =
        reads -> {
          NDArray s = param("s", 0.5, Constraints.positive());
          NDArray again = param("s", 0.5, Constraints.positive());
          reads.put("first", s);
          reads.put("second", again);
          NDArray loc = param("loc", Backend.manager().zeros(new Shape(3)));
          sample("z", new Normal(loc, s.add(again)));
        };
    try (ParamStore.Use u = ParamStore.use(store)) {
      Model<Map<String, NDArray>> lifted = Handlers.lift(model, Map.of("s", new Exponential(0.3)));
      Map<String, NDArray> reads = new HashMap<>();
      Trace a = Handlers.trace(lifted, reads);
      Trace b = Handlers.trace(lifted, new HashMap<>());
      assertEquals(MessageType.SAMPLE, a.node("s").type());
      assertFalse(a.node("s").isObserved());
      assertEquals(reads.get("first").getFloat(), reads.get("second").getFloat());
      assertNotEquals(a.node("s").value().getFloat(), b.node("s").value().getFloat());
      assertEquals(MessageType.PARAM, a.node("loc").type());
      assertFalse(store.contains("s"), "a lifted param is never created in the store");

      Trace all =
          Handlers.trace(
              Handlers.lift(model, Map.of("s", new Exponential(0.3)), new Normal(0, 1)),
              new HashMap<>());
      assertEquals(MessageType.SAMPLE, all.node("loc").type());
      assertEquals(new Shape(3), all.node("loc").fn().eventShape());
      assertEquals(new Shape(), all.node("loc").fn().batchShape());
      assertEquals(new Shape(), all.logProb("loc").getShape());
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void inferConfigMergesHintsIntoSites(String engine) {
    open(engine);
    Model<Void> model =
        v -> {
          param("p", Backend.manager().zeros(new Shape(1)));
          sample("a", new Bernoulli(0.5));
          sample("b", new Bernoulli(0.5));
        };
    Model<Void> withEnum =
        Handlers.inferConfig(
            model, site -> site.name().equals("a") ? Map.of("enumerate", "parallel") : Map.of());
    Trace t =
        Handlers.trace(
            Handlers.inferConfig(
                withEnum,
                site -> site.type() == MessageType.SAMPLE ? Map.of("blah", true) : Map.of()),
            null);
    assertEquals(Map.of("enumerate", "parallel", "blah", true), t.node("a").infer());
    assertEquals(Map.of("blah", true), t.node("b").infer());
    assertEquals(Map.of(), t.node("p").infer());
  }
}
