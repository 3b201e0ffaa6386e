package dev.pyrite.distributions.internal.reference;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pyrite.ConstraintResolver;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.MultivariateConstraints;
import dev.pyrite.spi.Constraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The constraint a transform case names: Pyro's name in {@code constraints} plus its {@code
 * constraint_args} ({@code lower_bound}, {@code upper_bound}). Names that are not built in are
 * asked of the registered {@link ConstraintResolver}s as {@code name(arg, ...)}, so a third party's
 * constraint is checked like a built-in one.
 */
public final class ConstraintNames {
  private ConstraintNames() {}

  /**
   * The constraint of a case.
   *
   * @param name the case's {@code constraint}
   * @param args the case's {@code constraint_args} (may be null)
   * @return the constraint
   * @throws IllegalArgumentException when nothing knows the name
   */
  public static Constraint resolve(String name, JsonNode args) {
    Constraint builtin = builtin(name, args);
    if (builtin != null) {
      return builtin;
    }
    String full = withArguments(name, args);
    return ConstraintResolver.find(full)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown constraint " + full + "; no ConstraintResolver knows it"));
  }

  private static Constraint builtin(String name, JsonNode args) {
    return switch (name) {
      case "real" -> Constraints.real();
      case "positive" -> Constraints.positive();
      case "nonnegative" -> Constraints.nonnegative();
      case "unit_interval" -> Constraints.unitInterval();
      case "greater_than" -> Constraints.greaterThan(arg(args, "lower_bound"));
      case "greater_than_eq" -> Constraints.greaterThanEq(arg(args, "lower_bound"));
      case "less_than" -> Constraints.lessThan(arg(args, "upper_bound"));
      case "interval" -> Constraints.interval(arg(args, "lower_bound"), arg(args, "upper_bound"));
      case "real_vector" -> Constraints.realVector();
      case "ordered_vector" -> Constraints.orderedVector();
      case "positive_ordered_vector" -> Constraints.positiveOrderedVector();
      case "softplus_positive" -> Constraints.softplusPositive();
      case "simplex" -> MultivariateConstraints.simplex();
      case "lower_cholesky" -> MultivariateConstraints.lowerCholesky();
      case "unit_lower_cholesky" -> MultivariateConstraints.unitLowerCholesky();
      case "softplus_lower_cholesky" -> MultivariateConstraints.softplusLowerCholesky();
      case "corr_cholesky" -> MultivariateConstraints.corrCholesky();
      case "corr_matrix" -> MultivariateConstraints.corrMatrix();
      case "positive_definite" -> MultivariateConstraints.positiveDefinite();
      default -> null;
    };
  }

  private static double arg(JsonNode args, String key) {
    if (args == null || !args.has(key)) {
      throw new IllegalArgumentException("constraint_args needs " + key);
    }
    return args.get(key).asDouble();
  }

  private static String withArguments(String name, JsonNode args) {
    if (args == null || args.isEmpty()) {
      return name;
    }
    List<String> values = new ArrayList<>();
    args.properties()
        .forEach(e -> values.add(String.format(Locale.ROOT, "%s", e.getValue().asDouble())));
    return name + "(" + String.join(", ", values) + ")";
  }
}
