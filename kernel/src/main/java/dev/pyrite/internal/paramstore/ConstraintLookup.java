package dev.pyrite.internal.paramstore;

import dev.pyrite.ConstraintResolver;
import dev.pyrite.PluginRegistry;
import dev.pyrite.spi.BijectionProvider;
import dev.pyrite.spi.Constraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a constraint by name among the registered bijection providers that are also {@link
 * ConstraintResolver}s.
 */
public final class ConstraintLookup {
  private ConstraintLookup() {}

  /**
   * The constraint of a loaded param.
   *
   * @param param the param name, for the error message
   * @param name the constraint name from the manifest
   * @return the constraint
   * @throws IllegalArgumentException when no resolver knows the name
   */
  public static Constraint resolve(String param, String name) {
    Optional<Constraint> found = ConstraintResolver.find(name);
    if (found.isPresent()) {
      if (!found.get().name().equals(name)) {
        throw new IllegalStateException(
            "constraint name \""
                + name
                + "\" resolved to a constraint named \""
                + found.get().name()
                + "\"; a ConstraintResolver must return a constraint of exactly the name asked for");
      }
      return found.get();
    }
    List<String> asked = new ArrayList<>();
    for (BijectionProvider p : PluginRegistry.get().all(BijectionProvider.class)) {
      if (p instanceof ConstraintResolver) {
        asked.add(p.name());
      }
    }
    throw new IllegalArgumentException(
        "param \""
            + param
            + "\" was saved with constraint \""
            + name
            + "\", which no installed bijection provider resolves by name (resolvers asked: "
            + (asked.isEmpty() ? "none" : String.join(", ", asked))
            + "); install the bundle that defines the constraint, and make its BijectionProvider"
            + " implement dev.pyrite.ConstraintResolver");
  }
}
