package dev.pyrite;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.internal.paramstore.ConstraintLookup;
import dev.pyrite.internal.paramstore.StoreFiles;
import dev.pyrite.internal.paramstore.StoredParam;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * <p>A param keeps its constraint and, when its initialiser is a {@link ParamInit} of known shape,
 * its shape: a re-declaration with another one is an error that names both.
 *
 * <p>{@link #save(Path)} writes the store to a directory: a Jackson manifest ({@code
 * manifest.json}: per param its name, dtype, shapes, constraint name and event dims) and one file
 * of raw little-endian bytes per param holding its unconstrained value. {@link #load(Path)} reads
 * it back into a fresh store, bit for bit. Constraints are saved by {@link Constraint#name() name},
 * which carries their arguments ({@code "interval(-1.0, 2.0)"}), and re-created on load by the
 * registered bijection providers that implement {@link ConstraintResolver}; the built-in
 * constraints resolve out of the box, and a bundle that adds a constraint makes it loadable by
 * implementing {@code ConstraintResolver} on its {@code BijectionProvider}.
 *
 * <pre>{@code
 * ParamStore mine = new ParamStore();
 * try (ParamStore.Use u = ParamStore.use(mine)) {
 *   svi.step(data);                     // params land in "mine"
 * }
 * NDArray a = mine.constrained("a");
 * mine.save(Path.of("fit"));
 * ParamStore again = ParamStore.load(Path.of("fit"));
 * }</pre>
 */
public final class ParamStore {
  private static final ParamStore GLOBAL = new ParamStore();
  private static final ThreadLocal<ParamStore> CURRENT = new ThreadLocal<>();

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private NDManager manager;

  /**
   * A stored param: its unconstrained leaf array, how to constrain it and its constrained shape.
   */
  private record Entry(
      NDArray unconstrained,
      Constraint constraint,
      Transform transform,
      int eventDim,
      Shape shape) {}

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
   * @param init computes the initial constrained value (called once); a {@link ParamInit} also
   *     declares its shape, which is then checked on every later call
   * @param constraint the constraint, {@code null} for unconstrained reals
   * @param eventDim event dimensions of the constraint
   * @return the constrained value, recorded for autograd
   * @throws IllegalArgumentException when the param exists with another constraint or shape
   */
  public synchronized NDArray get(
      String name, Supplier<NDArray> init, Constraint constraint, int eventDim) {
    Entry e = entries.get(name);
    if (e == null) {
      e = create(name, init.get(), constraint, eventDim);
    } else {
      checkRedeclaration(name, e, init, constraint);
    }
    return e.transform() == null ? e.unconstrained() : e.transform().forward(e.unconstrained());
  }

  private static void checkRedeclaration(
      String name, Entry e, Supplier<NDArray> init, Constraint constraint) {
    if (!sameConstraint(e.constraint(), constraint)) {
      throw new IllegalArgumentException(
          "param \""
              + name
              + "\" was declared with constraint "
              + describe(e.constraint())
              + " and is now requested with "
              + describe(constraint)
              + "; use one constraint per param name, or clear the param store");
    }
    if (init instanceof ParamInit p && !p.shape().equals(e.shape())) {
      throw new IllegalArgumentException(
          "param \""
              + name
              + "\" was created with shape "
              + e.shape()
              + " and is now declared with shape "
              + p.shape()
              + "; a param keeps its shape: give the new param another name, or clear the param"
              + " store (ParamStore.current().clear()) after changing the model");
    }
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
    Entry e = new Entry(stored, constraint, t, eventDim, initValue.getShape());
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
   * The shape of a param's constrained value.
   *
   * @param name the param name
   * @return the shape
   */
  public synchronized Shape shape(String name) {
    return entry(name).shape();
  }

  /**
   * The event dimensions a param was declared with.
   *
   * @param name the param name
   * @return the event dimensions
   */
  public synchronized int eventDim(String name) {
    return entry(name).eventDim();
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

  /**
   * Saves every param to a directory: {@code manifest.json} plus one raw little-endian tensor file
   * per param. The files are written to a temporary directory beside {@code dir} and renamed into
   * place, replacing a store saved there before, so a failure leaves {@code dir} as it was.
   *
   * @param dir the target directory: new, empty, or holding a saved store
   * @throws UncheckedIOException when writing fails
   * @throws IllegalArgumentException when {@code dir} is a file or a directory with other content
   */
  public synchronized void save(Path dir) {
    List<StoredParam> params = new ArrayList<>();
    for (Map.Entry<String, Entry> me : entries.entrySet()) {
      Entry e = me.getValue();
      params.add(
          new StoredParam(
              me.getKey(),
              e.unconstrained(),
              e.shape(),
              e.constraint() == null ? null : e.constraint().name(),
              e.eventDim()));
    }
    try {
      StoreFiles.write(dir, params);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot save the param store to " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a store that {@link #save(Path)} wrote into a fresh store: the unconstrained values are
   * bitwise the saved ones, in the saved dtypes, and each constraint is re-created from its name
   * (see {@link ConstraintResolver}).
   *
   * @param dir the directory
   * @return a new store, not yet current; make it so with {@link #use(ParamStore)}
   * @throws UncheckedIOException when reading fails
   * @throws IllegalArgumentException when {@code dir} holds no valid store or a constraint name
   *     cannot be resolved
   */
  public static ParamStore load(Path dir) {
    ParamStore store = new ParamStore();
    try {
      store.restore(StoreFiles.read(dir, store.manager()));
      return store;
    } catch (IOException e) {
      store.clear();
      throw new UncheckedIOException(
          "cannot load the param store from " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      store.clear();
      throw e;
    }
  }

  private synchronized void restore(List<StoredParam> params) {
    for (StoredParam p : params) {
      Constraint c =
          p.constraint() == null ? null : ConstraintLookup.resolve(p.name(), p.constraint());
      Transform t = c == null ? null : Bijections.bijectTo(c);
      NDArray u = Scope.escape(p.unconstrained());
      u.setRequiresGradient(true);
      entries.put(p.name(), new Entry(u, c, t, p.eventDim(), p.shape()));
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
