package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;

/**
 * Moves arrays between memory scopes. {@code Scope.keep} frees an array from every scope; {@link
 * #adopt} then hands it to the scope that is innermost now, so a helper can compute in its own
 * scope and return results that die with the caller's scope unless the caller keeps them.
 *
 * <pre>{@code
 * NDArray out;
 * try (Scope s = Scope.open()) {
 *   out = s.keep(x.mul(2).add(1)); // the temporary x.mul(2) dies here
 * }
 * return Ownership.adopt(out);      // owned by the caller's scope
 * }</pre>
 */
public final class Ownership {
  private Ownership() {}

  /**
   * Registers freshly computed arrays with the innermost open scope (none: the caller owns them).
   * Never pass an array that someone else owns.
   *
   * @param arrays arrays that no scope holds
   * @return the first array
   */
  public static NDArray adopt(NDArray... arrays) {
    for (NDArray a : arrays) {
      if (a != null) {
        NDScope.register(a);
      }
    }
    return arrays.length == 0 ? null : arrays[0];
  }

  /**
   * Closes arrays, skipping nulls.
   *
   * @param arrays the arrays
   */
  public static void close(NDArray... arrays) {
    for (NDArray a : arrays) {
      if (a != null) {
        a.close();
      }
    }
  }
}
