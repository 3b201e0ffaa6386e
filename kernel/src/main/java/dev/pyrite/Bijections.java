package dev.pyrite;

import dev.pyrite.spi.BijectionProvider;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Pyro's {@code biject_to} and {@code transform_to}: finds the transform from unconstrained reals
 * onto a constraint among all registered {@link BijectionProvider}s.
 *
 * <pre>{@code
 * Transform t = Bijections.bijectTo(Constraints.unitInterval()); // sigmoid
 * NDArray p = t.forward(z);
 * }</pre>
 */
public final class Bijections {
  private Bijections() {}

  /**
   * The bijection onto a constraint.
   *
   * @param constraint the constraint
   * @return the transform
   * @throws IllegalArgumentException when no provider knows the constraint
   */
  public static Transform bijectTo(Constraint constraint) {
    return resolve(constraint, false);
  }

  /**
   * A transform onto a constraint (may be non-bijective).
   *
   * @param constraint the constraint
   * @return the transform
   * @throws IllegalArgumentException when no provider knows the constraint
   */
  public static Transform transformTo(Constraint constraint) {
    return resolve(constraint, true);
  }

  private static Transform resolve(Constraint constraint, boolean loose) {
    List<BijectionProvider> providers = PluginRegistry.get().all(BijectionProvider.class);
    for (BijectionProvider p : providers) {
      Optional<Transform> t = loose ? p.transformTo(constraint) : p.bijectTo(constraint);
      if (t.isPresent()) {
        return t.get();
      }
    }
    throw new IllegalArgumentException(
        "no bijection registered for constraint "
            + constraint.name()
            + "; providers: "
            + providers.stream().map(BijectionProvider::name).collect(Collectors.joining(", "))
            + ". A bundle that defines a constraint must also provide a BijectionProvider for it");
  }
}
