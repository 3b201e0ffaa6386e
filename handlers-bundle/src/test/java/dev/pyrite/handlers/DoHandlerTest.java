package dev.pyrite.handlers;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.Model;
import dev.pyrite.spi.PlateFrame;
import dev.pyrite.testkit.Engines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The do handler: Pyro's counterfactual-query test and how the split site is recorded. */
class DoHandlerTest {
  private static final List<String> SITES = List.of("x", "y", "z", "w");
  private static final Map<String, Float> OBSERVATIONS = Map.of("x", 1f, "z", 1f, "w", 1f);
  private static final Map<String, Float> INTERVENTIONS = Map.of("y", 0f, "z", 2f, "w", 1f);

  private Scope scope;

  @AfterEach
  void close() {
    if (scope != null) {
      scope.close();
    }
  }

  private void open(String engine) {
    Engines.use(engine, 0);
    scope = Scope.open();
  }

  /** x -> y -> z -> w, each Normal around its parent; returns what the model computed with. */
  private static Model<Map<String, Float>> chain() {
    return out -> {
      NDArray x = sample("x", new Normal(0, 1));
      out.put("x", x.getFloat());
      NDArray y = sample("y", new Normal(x, 1.0));
      out.put("y", y.getFloat());
      NDArray z = sample("z", new Normal(y, 1.0));
      out.put("z", z.getFloat());
      NDArray w = sample("w", new Normal(z, 1.0));
      out.put("w", w.getFloat());
    };
  }

  private static Map<String, NDArray> arrays(Map<String, Float> values) {
    Map<String, NDArray> out = new HashMap<>();
    values.forEach((k, v) -> out.put(k, Backend.scalar(v)));
    return out;
  }

  static Stream<Arguments> queries() {
    return Engines.all()
        .flatMap(
            e ->
                Stream.of(
                    Arguments.of(e, false, true, false),
                    Arguments.of(e, true, false, false),
                    Arguments.of(e, true, true, false),
                    Arguments.of(e, true, true, true)));
  }

  @ParameterizedTest(name = "{0} intervene={1} observe={2} flip={3}")
  @MethodSource("queries")
  void counterfactualQueries(String engine, boolean intervene, boolean observe, boolean flip) {
    open(engine);
    Model<Map<String, Float>> model = chain();
    if (!flip) {
      if (intervene) {
        model = Handlers.doIntervention(model, arrays(INTERVENTIONS));
      }
      if (observe) {
        model = Handlers.condition(model, arrays(OBSERVATIONS));
      }
    } else {
      model =
          Handlers.doIntervention(
              Handlers.condition(model, arrays(OBSERVATIONS)), arrays(INTERVENTIONS));
    }
    Map<String, Float> used = new HashMap<>();
    Trace tr = Handlers.trace(model, used);
    for (String name : SITES) {
      Float obs = OBSERVATIONS.get(name);
      Float act = INTERVENTIONS.get(name);
      float recorded = tr.node(name).value().getFloat();
      if (!intervene) {
        if (obs != null) {
          assertTrue(tr.node(name).isObserved());
          assertEquals(obs, used.get(name));
          assertEquals(obs, recorded);
        }
      } else if (!observe) {
        assertFalse(tr.node(name).isObserved());
        if (act != null) {
          assertEquals(act, used.get(name));
          assertNotEquals(act, recorded);
        }
      } else {
        if (obs != null) {
          assertTrue(tr.node(name).isObserved(), name);
          assertEquals(obs, recorded);
        }
        if (act != null) {
          assertEquals(act, used.get(name), name);
        }
        if (act != null && !act.equals(obs)) {
          assertNotEquals(act, recorded);
        }
      }
    }
    assertFalse(tr.contains("z__CF"), "an outer trace never sees the intervened copy");
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void aTraceInsideDoRecordsBothHalvesOfTheSplit(String engine) {
    open(engine);
    TraceHandler inner = new TraceHandler();
    Model<Void> model = v -> sample("z", new Normal(5, 0.01));
    Handlers.doIntervention(inner.wrap(model), Map.of("z", Backend.scalar(-1))).run(null);
    Trace t = inner.trace();
    assertEquals(List.of("z", "z__CF"), TraceAssertions.names(t));
    assertEquals(-1f, t.node("z__CF").value().getFloat());
    assertTrue(t.node("z__CF").isObserved());
    assertEquals(5f, t.node("z").value().getFloat(), 0.1f);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void theFreshSiteGoesThroughEachPlateOnce(String engine) {
    open(engine);
    Model<Void> model =
        v -> {
          try (Plate p = plate("data", 10, 5)) {
            sample("x", new Normal(0, 1));
          }
        };
    Trace t = Handlers.trace(Handlers.doIntervention(model, Map.of("x", Backend.scalar(0))), null);
    assertEquals(List.of(new PlateFrame("data", -1, 10, 5, 0)), t.node("x").condIndepStack());
    assertEquals(2.0, t.node("x").scale());
    assertEquals(new ai.djl.ndarray.types.Shape(5), t.node("x").value().getShape());
  }
}
