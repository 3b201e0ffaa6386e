package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pyrite.Backend;
import dev.pyrite.PluginRegistry;
import dev.pyrite.Scope;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import dev.pyrite.testkit.Engines;
import dev.pyrite.testkit.Reference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** log_prob, mean and variance of the registered families against torch/Pyro in float64. */
class ReferenceValuesTest {
  private static final double RTOL = 1e-9;
  private static final double ATOL = 1e-12;

  static Stream<Arguments> cases() {
    Set<String> registered =
        Set.copyOf(
            PluginRegistry.get().all(DistributionProvider.class).stream()
                .map(DistributionProvider::name)
                .toList());
    List<JsonNode> all = Reference.cases("reference/distributions.json", "distributions");
    return Engines.all()
        .flatMap(
            e ->
                all.stream()
                    .filter(c -> registered.contains(c.get("name").asText()))
                    .map(c -> Arguments.of(e, c.get("id").asText(), c)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void matchesReference(String engine, String id, JsonNode c) {
    Engines.use(engine, 0);
    NDManager m = Backend.manager();
    try (Scope s = Scope.open()) {
      Map<String, NDArray> params = new LinkedHashMap<>();
      c.get("params")
          .properties()
          .forEach(f -> params.put(f.getKey(), Reference.array(m, f.getValue())));
      Distribution d =
          PluginRegistry.get()
              .find(DistributionProvider.class, c.get("name").asText())
              .create(params);
      assertShape(d.batchShape(), c.get("batch_shape"));
      NDArray x = Reference.array(m, c.get("x"));
      NDArray lp = d.logProb(x);
      assertClose(
          lp,
          Reference.values(c.get("log_prob")),
          x.getShape().slice(0, lp.getShape().dimension()),
          RTOL,
          ATOL);
      if (c.has("mean")) {
        assertClose(d.mean(), Reference.values(c.get("mean")), d.batchShape(), RTOL, ATOL);
      }
      if (c.has("variance")) {
        assertClose(d.variance(), Reference.values(c.get("variance")), d.batchShape(), RTOL, ATOL);
      }
    }
  }

  private static void assertShape(Shape actual, JsonNode expected) {
    long[] dims = new long[expected.size()];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = expected.get(i).asLong();
    }
    org.junit.jupiter.api.Assertions.assertEquals(new Shape(dims), actual);
  }
}
