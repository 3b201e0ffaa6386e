package dev.pyrite.distributions.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.ConstraintResolver;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.IntegerGreaterThanEq;
import dev.pyrite.spi.BijectionProvider;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Re-creates the built-in constraints from their names for {@code ParamStore.load}: {@code real},
 * {@code positive}, {@code greater_than(2.0)}, {@code interval(-1.0, 1.0)}, {@code independent(
 * positive, 1)} (with any base some resolver knows) and the others of {@link Constraints} with
 * number arguments. Constraints with array bounds have no resolvable name. It knows no bijections
 * itself; {@link BuiltinBijections} provides them.
 */
@ServiceProvider(value = BijectionProvider.class, attribute = "pyrite.name=builtin-names")
public final class BuiltinConstraintNames implements BijectionProvider, ConstraintResolver {
  @Override
  public String name() {
    return "builtin-names";
  }

  @Override
  public String description() {
    return "re-creates the built-in constraints from their names when a param store is loaded";
  }

  @Override
  public Optional<Transform> bijectTo(Constraint constraint) {
    return Optional.empty();
  }

  @Override
  public Optional<Constraint> resolve(String name) {
    Constraint plain = plain(name);
    if (plain != null) {
      return Optional.of(plain);
    }
    int open = name.indexOf('(');
    if (open < 0 || !name.endsWith(")")) {
      return Optional.empty();
    }
    try {
      return withArguments(
          name.substring(0, open), arguments(name.substring(open + 1, name.length() - 1)));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private static Constraint plain(String name) {
    return switch (name) {
      case "real" -> Constraints.real();
      case "boolean" -> Constraints.booleans();
      case "positive" -> Constraints.positive();
      case "nonnegative" -> Constraints.nonnegative();
      case "unit_interval" -> Constraints.unitInterval();
      case "nonnegative_integer" -> Constraints.nonnegativeInteger();
      case "one_hot" -> Constraints.oneHot();
      case "softplus_positive" -> Constraints.softplusPositive();
      case "ordered_vector" -> Constraints.orderedVector();
      case "positive_ordered_vector" -> Constraints.positiveOrderedVector();
      default -> null;
    };
  }

  private static Optional<Constraint> withArguments(String functor, List<String> args) {
    return switch (functor + "/" + args.size()) {
      case "greater_than/1" -> Optional.of(Constraints.greaterThan(number(args, 0)));
      case "greater_than_eq/1" -> Optional.of(Constraints.greaterThanEq(number(args, 0)));
      case "less_than/1" -> Optional.of(Constraints.lessThan(number(args, 0)));
      case "interval/2" -> Optional.of(Constraints.interval(number(args, 0), number(args, 1)));
      case "integer_interval/2" ->
          Optional.of(Constraints.integerInterval(number(args, 0), number(args, 1)));
      case "integer_greater_than_eq/1" -> Optional.of(new IntegerGreaterThanEq(number(args, 0)));
      case "multinomial/1" -> Optional.of(Constraints.multinomial(number(args, 0)));
      case "independent/2" ->
          ConstraintResolver.find(args.get(0))
              .map(base -> Constraints.independent(base, Integer.parseInt(args.get(1))));
      default -> Optional.empty();
    };
  }

  private static double number(List<String> args, int i) {
    return Double.parseDouble(args.get(i));
  }

  /** Splits at the commas outside parentheses: {@code "independent(positive, 1), 2"}. */
  private static List<String> arguments(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(text.substring(start, i).trim());
        start = i + 1;
      }
    }
    out.add(text.substring(start).trim());
    return out;
  }
}
