package dev.pyrite.distributions.internal.reference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pyrite.Bijections;
import dev.pyrite.distributions.reference.Outcome;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import java.util.List;

/**
 * The quantities of a transform case: {@code domain_event_dim}, {@code codomain_event_dim}, {@code
 * y = t(x)}, {@code log_abs_det_jacobian} (when the reference has one) and {@code inverse_y =
 * t.inv(y)}, with {@code t} from {@code biject_to} or {@code transform_to} as the case says.
 */
public final class TransformCases {
  private static final List<String> KEYS =
      List.of("domain_event_dim", "codomain_event_dim", "y", "log_abs_det_jacobian", "inverse_y");

  private TransformCases() {}

  /**
   * Checks one case.
   *
   * @param manager where to create arrays
   * @param kase the case
   * @param comparison the tolerance
   * @param out where the outcomes go
   */
  public static void check(
      NDManager manager, JsonNode kase, Comparison comparison, List<Outcome> out) {
    Quantities q = new Quantities(kase.get("id").asText(), kase, comparison, out);
    Transform t;
    try {
      Constraint c =
          ConstraintNames.resolve(kase.get("constraint").asText(), kase.get("constraint_args"));
      t =
          "transform_to".equals(kase.path("registry").asText())
              ? Bijections.transformTo(c)
              : Bijections.bijectTo(c);
    } catch (RuntimeException | LinkageError e) {
      q.failAll(KEYS, e);
      return;
    }
    q.check("domain_event_dim", () -> manager.create((double) t.domainEventDim()));
    q.check("codomain_event_dim", () -> manager.create((double) t.codomainEventDim()));
    NDArray x = JsonArrays.array(manager, kase.get("x"));
    NDArray yRef = JsonArrays.array(manager, kase.get("y"));
    q.check("y", () -> t.forward(x));
    q.check("log_abs_det_jacobian", () -> t.logAbsDetJacobian(x, t.forward(x)));
    q.check("inverse_y", () -> t.inverse(yRef));
  }
}
