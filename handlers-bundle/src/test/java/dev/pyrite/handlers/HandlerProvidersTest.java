package dev.pyrite.handlers;

import static dev.pyrite.Pyrite.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.Backend;
import dev.pyrite.Handler;
import dev.pyrite.PluginRegistry;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.HandlerProvider;
import dev.pyrite.spi.Messenger;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The handlers with JSON-able options are found by name and built from JSON run-spec options. */
class HandlerProvidersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Model<Void> MODEL =
      v -> {
        sample("z", new Normal(0, 1));
        sample("y", new Normal(0, 1), Backend.scalar(0.5));
      };

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <O> Messenger create(String name, String options) throws Exception {
    HandlerProvider<O> p = PluginRegistry.get().find(HandlerProvider.class, name);
    return p.create(JSON.readValue(options, p.optionsType()));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static java.util.List<HandlerProvider<?>> providers() {
    return (java.util.List) PluginRegistry.get().all(HandlerProvider.class);
  }

  private static Trace traceWith(Messenger m) {
    return Handlers.trace(((Handler) m).wrap(MODEL), null);
  }

  @Test
  void everyHandlerWithJsonOptionsIsRegistered() {
    Set<String> names = providers().stream().map(HandlerProvider::name).collect(Collectors.toSet());
    assertTrue(
        names.containsAll(
            Set.of(
                "trace",
                "block",
                "scale",
                "seed",
                "do",
                "uncondition",
                "infer_config",
                "broadcast",
                "escape")),
        names.toString());
  }

  @Test
  void handlersAreBuiltFromJsonOptions() throws Exception {
    Engines.use("MXNet", 0);
    try (Scope s = Scope.open()) {
      Trace intervened = traceWith(create("do", "{\"data\": {\"z\": 2.0}}"));
      assertEquals(java.util.List.of("z"), TraceAssertions.names(intervened).subList(0, 1));
      Trace sim = traceWith(create("uncondition", "{}"));
      assertFalse(sim.node("y").isObserved());
      Trace hinted =
          traceWith(
              create(
                  "infer_config",
                  "{\"sites\": [\"z\"], \"infer\": {\"enumerate\": \"parallel\"}}"));
      assertEquals(Map.of("enumerate", "parallel"), hinted.node("z").infer());
      assertEquals(Map.of(), hinted.node("y").infer());
      assertInstanceOf(BroadcastHandler.class, create("broadcast", "{}"));
      NonlocalExit e =
          assertThrows(
              NonlocalExit.class, () -> traceWith(create("escape", "{\"sites\": [\"y\"]}")));
      assertEquals("y", e.site().name());
      IllegalArgumentException bad =
          assertThrows(IllegalArgumentException.class, () -> create("escape", "{}"));
      assertEquals(
          "escape needs \"sites\": the sample sites to leave the model at, e.g. {\"sites\":"
              + " [\"y\"]}",
          bad.getMessage());
    }
  }
}
