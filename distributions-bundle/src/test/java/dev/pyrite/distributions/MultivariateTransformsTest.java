package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pyrite.Backend;
import dev.pyrite.Bijections;
import dev.pyrite.ConstraintResolver;
import dev.pyrite.Scope;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import dev.pyrite.testkit.Engines;
import dev.pyrite.testkit.Reference;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code biject_to} / {@code transform_to} of the vector and matrix constraints against torch/Pyro:
 * forward, inverse, log-Jacobian and event dims of every such case of {@code
 * reference/distributions.json}, on both engines; plus what the registry refuses.
 */
class MultivariateTransformsTest {
  private static final Map<String, Constraint> CONSTRAINTS =
      Map.of(
          "simplex", MultivariateConstraints.simplex(),
          "corr_cholesky", MultivariateConstraints.corrCholesky(),
          "corr_matrix", MultivariateConstraints.corrMatrix(),
          "lower_cholesky", MultivariateConstraints.lowerCholesky(),
          "positive_definite", MultivariateConstraints.positiveDefinite(),
          "unit_lower_cholesky", MultivariateConstraints.unitLowerCholesky(),
          "softplus_lower_cholesky", MultivariateConstraints.softplusLowerCholesky());
  private static final double RTOL = 1e-6;
  private static final double ATOL = 1e-9;

  static Stream<Arguments> cases() {
    List<JsonNode> all = Reference.cases("reference/distributions.json", "transforms");
    return Engines.all()
        .flatMap(
            e ->
                all.stream()
                    .filter(c -> CONSTRAINTS.containsKey(c.get("constraint").asText()))
                    .map(
                        c ->
                            Arguments.of(
                                e,
                                c.get("id").asText()
                                    + " "
                                    + c.get("registry").asText()
                                    + "("
                                    + c.get("constraint").asText()
                                    + ")",
                                c)));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void matchesReference(String engine, String id, JsonNode c) {
    Engines.use(engine, 0);
    NDManager m = Backend.manager();
    try (Scope s = Scope.open()) {
      Constraint constraint = CONSTRAINTS.get(c.get("constraint").asText());
      Transform t =
          c.get("registry").asText().equals("biject_to")
              ? Bijections.bijectTo(constraint)
              : Bijections.transformTo(constraint);
      assertEquals(c.get("domain_event_dim").asInt(), t.domainEventDim(), "domain event dim");
      assertEquals(c.get("codomain_event_dim").asInt(), t.codomainEventDim(), "codomain event dim");
      NDArray x = Reference.array(m, c.get("x"));
      NDArray y = t.forward(x);
      NDArray expectedY = Reference.array(m, c.get("y"));
      assertClose(y, expectedY, RTOL, ATOL);
      assertClose(t.inverse(expectedY), Reference.array(m, c.get("inverse_y")), RTOL, ATOL);
      org.junit.jupiter.api.Assertions.assertTrue(
          constraint.check(y).all().getBoolean(), "forward(x) lies in " + constraint.name());
      JsonNode ladj = c.get("log_abs_det_jacobian");
      if (!ladj.isNull()) {
        assertClose(t.logAbsDetJacobian(x, y), Reference.array(m, ladj), RTOL, ATOL);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void matrixConstraintsHaveNoBijection(String engine) {
    Engines.use(engine, 0);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Bijections.bijectTo(MultivariateConstraints.positiveDefinite()));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().startsWith("no bijection registered for constraint positive_definite"),
        e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void softmaxHasNoLogJacobian(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      Transform t = Bijections.transformTo(MultivariateConstraints.simplex());
      NDArray x = Backend.manager().create(new double[] {0.1, 0.2, 0.3});
      UnsupportedOperationException e =
          assertThrows(
              UnsupportedOperationException.class, () -> t.logAbsDetJacobian(x, t.forward(x)));
      assertEquals(
          "SoftmaxTransform (transformTo(simplex)) is not a bijection and has no log-Jacobian; use"
              + " StickBreakingTransform (bijectTo(simplex)) to transform a density",
          e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void constraintNamesResolve(String engine) {
    Engines.use(engine, 0);
    for (Constraint c : CONSTRAINTS.values()) {
      assertEquals(c, ConstraintResolver.find(c.name()).orElseThrow(), c.name());
    }
  }
}
