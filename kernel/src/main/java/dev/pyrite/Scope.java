package dev.pyrite;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;

/**
 * A memory scope: every array created while it is open is closed when it closes, except those
 * {@link #keep kept}. Each SVI step, MCMC transition and leapfrog step runs in one.
 *
 * <pre>{@code
 * NDArray result;
 * try (Scope step = Scope.open()) {
 *   NDArray t = x.mul(2);          // temporary, freed at close
 *   result = step.keep(t.sum());   // survives
 * }
 * }</pre>
 */
public final class Scope implements AutoCloseable {
  private final NDScope scope;

  private Scope() {
    scope = new NDScope();
  }

  /**
   * Opens a scope on the current thread.
   *
   * @return the scope, to close in a try-with-resources
   */
  public static Scope open() {
    return new Scope();
  }

  /**
   * Exempts an array from this scope (and every enclosing one) so it outlives the scope; the caller
   * becomes responsible for closing it or attaching it to a long-lived manager.
   *
   * @param array the array
   * @return the same array
   */
  public NDArray keep(NDArray array) {
    if (array != null) {
      NDScope.unregister(array);
    }
    return array;
  }

  /**
   * Exempts several arrays, see {@link #keep(NDArray)}.
   *
   * @param arrays the arrays
   * @return the same list
   */
  public NDList keepAll(NDList arrays) {
    NDScope.unregister(arrays);
    return arrays;
  }

  /**
   * Exempts an array created anywhere from every open scope.
   *
   * @param array the array
   * @return the same array
   */
  public static NDArray escape(NDArray array) {
    if (array != null) {
      NDScope.unregister(array);
    }
    return array;
  }

  @Override
  public void close() {
    scope.close();
  }
}
