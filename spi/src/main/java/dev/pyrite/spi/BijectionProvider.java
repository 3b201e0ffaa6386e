package dev.pyrite.spi;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Maps constraints to transforms, Pyro's {@code biject_to} and {@code transform_to} registries. A
 * bundle that adds a constraint adds a provider that knows it.
 *
 * <pre>{@code
 * Optional<Transform> t = provider.bijectTo(Constraints.positive()); // Optional[ExpTransform]
 * }</pre>
 */
@ConsumerType
public interface BijectionProvider extends Plugin {
  /**
   * A bijection from unconstrained reals onto the constraint, used by params and HMC.
   *
   * @param constraint the target constraint
   * @return the transform, or empty when this provider does not know the constraint
   */
  Optional<Transform> bijectTo(Constraint constraint);

  /**
   * A (possibly non-bijective) transform onto the constraint; defaults to {@link #bijectTo}.
   *
   * @param constraint the target constraint
   * @return the transform, or empty when this provider does not know the constraint
   */
  default Optional<Transform> transformTo(Constraint constraint) {
    return bijectTo(constraint);
  }
}
