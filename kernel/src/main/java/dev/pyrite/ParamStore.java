package dev.pyrite;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Named learnable parameters, Pyro's {@code ParamStoreDict}. Values are stored unconstrained, with
 * gradients, in a manager of their own; {@link #get} returns the constrained view, recomputed on
 * every call so gradients flow through the bijection.
 *
 * <p>There is one {@link #global() global} store per runtime; {@link #use(ParamStore)} makes
 * another store current on this thread, so two models in one JVM need not collide.
 *
 * <pre>{@code
 * ParamStore mine = new ParamStore();
 * try (ParamStore.Use u = ParamStore.use(mine)) {
 *   svi.step(data);                     // params land in "mine"
 * }
 * NDArray a = mine.constrained("a");
 * }</pre>
 */
public final class ParamStore {
  private static final ParamStore GLOBAL = new ParamStore();
  private static final ThreadLocal<ParamStore> CURRENT = new ThreadLocal<>();

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private NDManager manager;

  /** A stored param: its unconstrained leaf array and how to constrain it. */
  private record Entry(
      NDArray unconstrained, Constraint constraint, Transform transform, int eventDim) {}

  /**
   * The runtime-wide store.
   *
   * @return the global store
   */
  public static ParamStore global() {
    return GLOBAL;
  }

  /**
   * The store {@code param} uses on this thread: the one made current by {@link #use}, else the
   * global one.
   *
   * @return the current store
   */
  public static ParamStore current() {
    ParamStore s = CURRENT.get();
    return s == null ? GLOBAL : s;
  }

  /**
   * Makes a store current on this thread until the returned handle is closed.
   *
   * @param store the store
   * @return a handle that restores the previous store on close
   */
  public static Use use(ParamStore store) {
    ParamStore previous = CURRENT.get();
    CURRENT.set(store);
    return () -> CURRENT.set(previous);
  }

  /** Restores the previously current store. */
  @FunctionalInterface
  public interface Use extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * The constrained value of a param, creating it from {@code init} the first time.
   *
   * @param name the param name
   * @param init computes the initial constrained value (called once)
   * @param constraint the constraint, {@code null} for unconstrained reals
   * @param eventDim event dimensions of the constraint
   * @return the constrained value, recorded for autograd
   * @throws IllegalArgumentException when the param exists with another constraint
   */
  public synchronized NDArray get(
      String name, Supplier<NDArray> init, Constraint constraint, int eventDim) {
    Entry e = entries.get(name);
    if (e == null) {
      e = create(name, init.get(), constraint, eventDim);
    } else if (!sameConstraint(e.constraint(), constraint)) {
      throw new IllegalArgumentException(
          "param \""
              + name
              + "\" was declared with constraint "
              + describe(e.constraint())
              + " and is now requested with "
              + describe(constraint)
              + "; use one constraint per param name, or clear the param store");
    }
    return e.transform() == null ? e.unconstrained() : e.transform().forward(e.unconstrained());
  }

  private Entry create(String name, NDArray initValue, Constraint constraint, int eventDim) {
    if (initValue == null) {
      throw new IllegalArgumentException("param \"" + name + "\" has no initial value");
    }
    if (constraint != null) {
      boolean ok = constraint.check(initValue).all().getBoolean();
      if (!ok) {
        throw new IllegalArgumentException(
            "param \""
                + name
                + "\": initial value "
                + initValue
                + " violates constraint "
                + constraint.name()
                + "; pass an initial value inside the constraint");
      }
    }
    Transform t = constraint == null ? null : Bijections.bijectTo(constraint);
    NDArray u = t == null ? initValue : t.inverse(initValue);
    NDArray stored = u.toType(u.getDataType(), true).stopGradient();
    Scope.escape(stored);
    stored.attach(manager());
    stored.setRequiresGradient(true);
    Entry e = new Entry(stored, constraint, t, eventDim);
    entries.put(name, e);
    return e;
  }

  private synchronized NDManager manager() {
    if (manager == null || !manager.isOpen()) {
      manager = Backend.manager().newSubManager();
    }
    return manager;
  }

  /**
   * The unconstrained leaf array of a param, the array optimisers update.
   *
   * @param name the param name
   * @return the unconstrained value
   * @throws IllegalArgumentException when there is no such param
   */
  public synchronized NDArray unconstrained(String name) {
    return entry(name).unconstrained();
  }

  /**
   * The current constrained value of a param, without recording for autograd.
   *
   * @param name the param name
   * @return the constrained value
   */
  public synchronized NDArray constrained(String name) {
    Entry e = entry(name);
    NDArray u = e.unconstrained().stopGradient();
    return e.transform() == null ? u : e.transform().forward(u);
  }

  /**
   * The constraint of a param.
   *
   * @param name the param name
   * @return the constraint, {@code null} for unconstrained reals
   */
  public synchronized Constraint constraint(String name) {
    return entry(name).constraint();
  }

  /**
   * Whether a param exists.
   *
   * @param name the param name
   * @return true when stored
   */
  public synchronized boolean contains(String name) {
    return entries.containsKey(name);
  }

  /**
   * The names of all params, in creation order.
   *
   * @return an unmodifiable snapshot
   */
  public synchronized Set<String> names() {
    return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(entries.keySet()));
  }

  /** Removes every param and frees its memory. */
  public synchronized void clear() {
    entries.clear();
    if (manager != null) {
      manager.close();
      manager = null;
    }
  }

  private Entry entry(String name) {
    Entry e = entries.get(name);
    if (e == null) {
      throw new IllegalArgumentException(
          "no param named \"" + name + "\" in the param store; params: " + entries.keySet());
    }
    return e;
  }

  private static boolean sameConstraint(Constraint a, Constraint b) {
    return a == b || (a != null && b != null && a.name().equals(b.name()));
  }

  private static String describe(Constraint c) {
    return c == null ? "real" : c.name();
  }
}
