package dev.pyrite.handlers;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.handlers.TraceAssertions.assertSameTrace;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pyro's {@code tests/poutine/test_properties.py}: block, replay and trace are idempotent; trace
 * commutes with condition, do and replay. Each example model names the site the handlers act on.
 */
class PoutinePropertiesTest {
  private static final Model<Void> TRIVIAL = v -> {};

  private static final Model<Void> NORMAL = v -> sample("normal_0", new Normal(0, 1));

  private static final Model<Void> NORMAL_NORMAL =
      v -> {
        NDArray n0 = sample("normal_0", new Normal(0, 1));
        sample("normal_1", new Normal(n0, 1.0), Backend.scalar(1));
      };

  private static final Model<Void> BERNOULLI_NORMAL =
      v -> {
        NDArray b = sample("bern_0", new Bernoulli(0.01));
        NDArray loc = b.getFloat() > 0.5 ? Backend.scalar(1) : Backend.scalar(-1);
        sample("normal_0", new Normal(loc, 0.01), Backend.scalar(1));
      };

  private static final Model<Void> PLATED =
      v -> {
        NDArray z = sample("normal_0", new Normal(0, 1));
        try (Plate p = plate("data", 3)) {
          sample("x", new Normal(z, 1.0));
        }
      };

  private record Example(String id, Model<Void> model, String site) {}

  private static final List<Example> EXAMPLES =
      List.of(
          new Example("trivial", TRIVIAL, "normal_0"),
          new Example("normal", NORMAL, "normal_0"),
          new Example("normal_normal", NORMAL_NORMAL, "normal_0"),
          new Example("bernoulli_normal", BERNOULLI_NORMAL, "bern_0"),
          new Example("plated", PLATED, "normal_0"));

  static Stream<Arguments> idempotent() {
    return Engines.all()
        .flatMap(
            e ->
                EXAMPLES.stream()
                    .flatMap(
                        x ->
                            Stream.of("block", "replay", "trace")
                                .map(p -> Arguments.of(e, x.id(), p))));
  }

  static Stream<Arguments> commutes() {
    return Engines.all()
        .flatMap(
            e ->
                EXAMPLES.stream()
                    .flatMap(
                        x ->
                            Stream.of("condition", "do", "replay")
                                .map(p -> Arguments.of(e, x.id(), p))));
  }

  private static Example example(String id) {
    return EXAMPLES.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  /** The handler named {@code poutine} bound to the example's site, as a model transformer. */
  private static UnaryOperator<Model<Void>> bind(String poutine, Example x) {
    NDArray value = Scope.escape(Backend.scalar(x.site().startsWith("bern") ? 1 : 0));
    return switch (poutine) {
      case "block" -> m -> BlockHandler.hide(Set.of(x.site())).wrap(m);
      case "replay" -> m -> new ReplayHandler(recorded(x.site(), value)).wrap(m);
      case "condition" -> m -> Handlers.condition(m, Map.of(x.site(), value));
      case "do" -> m -> Handlers.doIntervention(m, Map.of(x.site(), value));
      case "trace" -> m -> new TraceHandler().wrap(m);
      default -> throw new IllegalArgumentException(poutine);
    };
  }

  private static Trace recorded(String site, NDArray value) {
    Message m = new Message(MessageType.SAMPLE, site);
    m.setValue(value);
    Trace t = new Trace();
    t.add(m);
    return t;
  }

  private static Trace seededTrace(Model<Void> model) {
    Backend.seed(123);
    return Handlers.trace(model, null);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("idempotent")
  void applyingTwiceIsApplyingOnce(String engine, String id, String poutine) {
    Engines.use(engine, 0);
    Example x = example(id);
    UnaryOperator<Model<Void>> p = bind(poutine, x);
    try (Scope s = Scope.open()) {
      assertSameTrace(seededTrace(p.apply(x.model())), seededTrace(p.apply(p.apply(x.model()))));
    }
  }

  @ParameterizedTest(name = "{0} {1} trace/{2}")
  @MethodSource("commutes")
  void traceCommutes(String engine, String id, String poutine) {
    Engines.use(engine, 0);
    Example x = example(id);
    UnaryOperator<Model<Void>> trace = bind("trace", x);
    UnaryOperator<Model<Void>> p = bind(poutine, x);
    try (Scope s = Scope.open()) {
      assertSameTrace(
          seededTrace(trace.apply(p.apply(x.model()))),
          seededTrace(p.apply(trace.apply(x.model()))));
    }
  }
}
