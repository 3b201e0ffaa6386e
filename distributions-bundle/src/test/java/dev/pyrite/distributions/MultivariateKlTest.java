package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.distributions.kl.KL;
import dev.pyrite.spi.Distribution;
import dev.pyrite.testkit.Engines;
import dev.pyrite.testkit.Reference;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The multivariate KL pairs against torch in float64 (every such case of {@code
 * reference/distributions.json}), the divergence of a distribution from itself, and the error for
 * mismatched event shapes, on both engines.
 */
class MultivariateKlTest {
  private static final double RTOL = 1e-6;
  private static final double ATOL = 1e-9;

  static Stream<Arguments> cases() {
    List<JsonNode> all = Reference.cases("reference/distributions.json", "kl");
    return Engines.all()
        .flatMap(
            e ->
                all.stream()
                    .filter(
                        c ->
                            MultivariateReferenceTest.FAMILIES.contains(
                                c.get("p").get("name").asText()))
                    .map(c -> Arguments.of(e, c.get("id").asText(), c)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void matchesReference(String engine, String id, JsonNode c) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      Distribution p = create(m, c.get("p"));
      Distribution q = create(m, c.get("q"));
      Shape batch = MultivariateReferenceTest.shape(c.get("batch_shape"));
      assertClose(KL.divergence(p, q), Reference.values(c.get("kl")), batch, RTOL, ATOL);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void divergenceFromItselfIsZero(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      for (String family : new String[] {"Dirichlet", "MultivariateNormal"}) {
        Distribution d = MultivariateFamilies.batchOfTwo().get(family).get();
        assertClose(KL.divergence(d, d), 0.0, 0, 1e-12);
      }
      LowRankMultivariateNormal low =
          (LowRankMultivariateNormal)
              MultivariateFamilies.batchOfTwo().get("LowRankMultivariateNormal").get();
      NDArray cov = low.covarianceMatrix();
      Distribution full = MultivariateNormal.fromCovariance(low.loc(), cov);
      assertClose(KL.divergence(low, full), 0.0, 0, 1e-12);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void mismatchedEventShapesAreNamed(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      Dirichlet three = new Dirichlet(m.create(new double[] {1, 2, 3}));
      Dirichlet two = new Dirichlet(m.create(new double[] {1, 2}));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> KL.divergence(three, two));
      assertEquals(
          "KL(Dirichlet || Dirichlet): the event shapes (3) and (2) differ; KL needs"
              + " distributions over the same space",
          e.getMessage());
    }
  }

  private static Distribution create(NDManager m, JsonNode side) {
    return MultivariateReferenceTest.create(m, side.get("name").asText(), side.get("params"));
  }
}
