package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pyrite.Backend;
import dev.pyrite.PluginRegistry;
import dev.pyrite.Scope;
import dev.pyrite.TensorOps;
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

/**
 * The multivariate families against torch/Pyro in float64: batch and event shapes, log_prob, mean,
 * variance, stddev and entropy of every case of {@code reference/distributions.json}, built through
 * the plug-in registry by name, on both engines.
 */
class MultivariateReferenceTest {
  static final Set<String> FAMILIES =
      Set.of(
          "Dirichlet",
          "MultivariateNormal",
          "LowRankMultivariateNormal",
          "MultivariateStudentT",
          "LKJCholesky",
          "LKJ",
          "Wishart");
  private static final double RTOL = 1e-6;
  private static final double ATOL = 1e-9;

  static Stream<Arguments> cases() {
    List<JsonNode> all = Reference.cases("reference/distributions.json", "distributions");
    return Engines.all()
        .flatMap(
            e ->
                all.stream()
                    .filter(c -> FAMILIES.contains(c.get("name").asText()))
                    .map(c -> Arguments.of(e, c.get("id").asText(), c)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void matchesReference(String engine, String id, JsonNode c) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      Distribution d = create(Backend.manager(), c.get("name").asText(), c.get("params"));
      assertEquals(shape(c.get("batch_shape")), d.batchShape(), "batch shape");
      assertEquals(shape(c.get("event_shape")), d.eventShape(), "event shape");
      NDArray x = Reference.array(Backend.manager(), c.get("x"));
      Shape sampleBatch = new Shape(4).addAll(d.batchShape());
      assertClose(d.logProb(x), Reference.values(c.get("log_prob")), sampleBatch, RTOL, ATOL);
      Shape full = d.batchShape().addAll(d.eventShape());
      if (c.has("mean")) {
        assertClose(d.mean(), Reference.values(c.get("mean")), full, RTOL, ATOL);
      }
      if (c.has("variance")) {
        assertClose(d.variance(), Reference.values(c.get("variance")), full, RTOL, ATOL);
      }
      if (c.has("stddev")) {
        assertClose(d.stddev(), Reference.values(c.get("stddev")), full, RTOL, ATOL);
      }
      if (c.has("entropy")) {
        assertClose(d.entropy(), Reference.values(c.get("entropy")), d.batchShape(), RTOL, ATOL);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void matrixParameterisationsAgree(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      NDArray cov =
          m.create(new double[] {2.0, 0.4, -0.3, 0.4, 1.0, 0.2, -0.3, 0.2, 0.7}, new Shape(3, 3));
      NDArray l = TensorOps.cholesky(cov);
      NDArray eye = m.eye(3, 3, 0, DataType.FLOAT64);
      NDArray inverse = TensorOps.solveTriangular(l, eye, true, false);
      NDArray precision = inverse.swapAxes(-1, -2).matMul(inverse);
      NDArray df = m.create(new double[] {4.5, 6.0});
      Distribution byCovariance = Wishart.fromCovariance(df, cov);
      NDArray x = byCovariance.sample(new Shape(3));
      NDArray expected = byCovariance.logProb(x);
      assertClose(Wishart.fromPrecision(df, precision).logProb(x), expected, 1e-12, 1e-12);
      assertClose(Wishart.fromScaleTril(df, l).logProb(x), expected, 1e-12, 1e-12);
      NDArray loc = m.create(new double[] {0.5, -1, 2});
      Distribution mvn = MultivariateNormal.fromCovariance(loc, cov);
      NDArray y = mvn.sample(new Shape(4));
      assertClose(
          MultivariateNormal.fromPrecision(loc, precision).logProb(y),
          mvn.logProb(y),
          1e-12,
          1e-12);
      assertClose(
          MultivariateNormal.fromPrecision(loc, precision).covarianceMatrix(), cov, 1e-12, 1e-12);
    }
  }

  /**
   * Builds a distribution of the reference schema through the registry.
   *
   * @param m the manager
   * @param name the family
   * @param params the JSON parameters
   * @return the distribution
   */
  static Distribution create(NDManager m, String name, JsonNode params) {
    Map<String, NDArray> p = new LinkedHashMap<>();
    params.properties().forEach(f -> p.put(f.getKey(), Reference.array(m, f.getValue())));
    return PluginRegistry.get().find(DistributionProvider.class, name).create(p);
  }

  static Shape shape(JsonNode dims) {
    long[] out = new long[dims.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = dims.get(i).asLong();
    }
    return new Shape(out);
  }
}
