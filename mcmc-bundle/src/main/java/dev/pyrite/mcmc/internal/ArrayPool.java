package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Reference counts for the arrays a multi-step computation carries from step to step (the NUTS tree
 * state), so that each step can replace what it holds and free what nobody holds any more, even
 * when several slots share one array. Arrays marked foreign (the caller's) are never closed.
 *
 * <pre>{@code
 * try (ArrayPool pool = new ArrayPool()) {
 *   pool.foreign(state.position());
 *   NDArray z = pool.hold(state.position());
 *   z = pool.swap(z, s.keep(z.add(1)));  // frees nothing foreign
 *   NDArray out = pool.release(z);        // the caller owns it now
 * }                                       // frees everything still held
 * }</pre>
 */
public final class ArrayPool implements AutoCloseable {
  private final Map<NDArray, Integer> counts = new IdentityHashMap<>();
  private final Map<NDArray, Boolean> foreign = new IdentityHashMap<>();

  /**
   * Marks arrays that belong to someone else.
   *
   * @param arrays never closed by this pool
   */
  public void foreign(NDArray... arrays) {
    for (NDArray a : arrays) {
      foreign.put(a, Boolean.TRUE);
    }
  }

  /**
   * Holds an array (detached from every scope, or foreign).
   *
   * @param a the array
   * @return {@code a}
   */
  public NDArray hold(NDArray a) {
    counts.merge(a, 1, Integer::sum);
    return a;
  }

  /**
   * Replaces a held array.
   *
   * @param old the array held so far (may be null)
   * @param replacement the new array (detached from every scope, or foreign)
   * @return {@code replacement}
   */
  public NDArray swap(NDArray old, NDArray replacement) {
    hold(replacement);
    drop(old);
    return replacement;
  }

  /**
   * Lets go of an array, closing it when no slot holds it and it is not foreign.
   *
   * @param a the array (may be null)
   */
  public void drop(NDArray a) {
    if (a == null) {
      return;
    }
    Integer n = counts.get(a);
    if (n == null) {
      return;
    }
    if (n > 1) {
      counts.put(a, n - 1);
      return;
    }
    counts.remove(a);
    if (!foreign.containsKey(a)) {
      a.close();
    }
  }

  /**
   * Hands an array to the caller: the pool forgets it without closing it.
   *
   * @param a a held array
   * @return {@code a}
   */
  public NDArray release(NDArray a) {
    counts.remove(a);
    foreign.put(a, Boolean.TRUE);
    return a;
  }

  @Override
  public void close() {
    for (NDArray a : counts.keySet()) {
      if (!foreign.containsKey(a)) {
        a.close();
      }
    }
    counts.clear();
    foreign.clear();
  }
}
