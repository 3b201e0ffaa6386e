package dev.pyrite;

import dev.pyrite.spi.BijectionProvider;
import dev.pyrite.spi.Constraint;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Re-creates constraints from their {@link Constraint#name() names}, which carry their arguments
 * ({@code "positive"}, {@code "interval(-1.0, 2.0)"}, {@code "independent(positive, 1)"}). {@link
 * ParamStore#load} uses it to give loaded params their constraints back.
 *
 * <p>There is no registry of its own: a {@link dev.pyrite.spi.BijectionProvider} that also
 * implements this interface is asked for every constraint name a saved store holds, in the
 * registry's order, and the first answer wins. A bundle that adds a constraint already provides a
 * bijection for it; implementing this interface on that provider makes params with the constraint
 * loadable. The answer must have exactly the name asked for.
 *
 * <pre>{@code
 * public final class MyBijections implements BijectionProvider, ConstraintResolver {
 *   public Optional<Constraint> resolve(String name) {
 *     return name.equals("odd_integer") ? Optional.of(OddInteger.INSTANCE) : Optional.empty();
 *   }
 *   ...
 * }
 * }</pre>
 */
@ConsumerType
public interface ConstraintResolver {
  /**
   * The constraint with a name.
   *
   * @param name a constraint name as {@link Constraint#name()} returns it
   * @return the constraint, or empty when this resolver does not know the name
   */
  Optional<Constraint> resolve(String name);

  /**
   * Asks every registered resolver for a name, e.g. for the base of {@code "independent(base, 1)"}.
   *
   * @param name a constraint name
   * @return the first resolver's answer, or empty when none knows the name
   */
  static Optional<Constraint> find(String name) {
    for (BijectionProvider p : PluginRegistry.get().all(BijectionProvider.class)) {
      if (p instanceof ConstraintResolver r) {
        Optional<Constraint> c = r.resolve(name);
        if (c.isPresent()) {
          return c;
        }
      }
    }
    return Optional.empty();
  }
}
