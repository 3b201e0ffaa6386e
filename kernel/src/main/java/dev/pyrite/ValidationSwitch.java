package dev.pyrite;

/**
 * The validation switch (Pyro's {@code enable_validation}) that distributions, handlers and
 * inference loops consult, global with a thread-local override.
 *
 * <p>Three settings: by default validation runs whenever no inference loop says otherwise, and
 * inference loops validate only a model's first run (the prototype trace, the first SVI step, MCMC
 * set-up), wrapping later runs in {@link #skipRevalidation()}; {@code set(true)} validates every
 * run; {@code set(false)} validates none.
 *
 * <pre>{@code
 * try (ValidationSwitch.Handle later = ValidationSwitch.skipRevalidation()) {
 *   loss = elbo.differentiableLoss(model, guide, args); // no per-op checks
 * }
 * }</pre>
 */
public final class ValidationSwitch {
  /** The user's global choice: null until {@link #set} is called. */
  private static volatile Boolean global;

  private static final ThreadLocal<Boolean> LOCAL = new ThreadLocal<>();

  private ValidationSwitch() {}

  /**
   * Whether validation runs here and now.
   *
   * @return the thread's override, else the global choice, else true
   */
  public static boolean isEnabled() {
    Boolean local = LOCAL.get();
    if (local != null) {
      return local;
    }
    Boolean g = global;
    return g == null || g;
  }

  /**
   * Whether validation was switched on explicitly: {@code set(true)}, or {@code override(true)} on
   * this thread; then repeated runs validate too.
   *
   * @return true when forced on
   */
  public static boolean isForced() {
    Boolean local = LOCAL.get();
    return local != null ? local : Boolean.TRUE.equals(global);
  }

  /**
   * Sets the global choice.
   *
   * @param enabled true to validate every run, false to validate none
   */
  public static void set(boolean enabled) {
    global = enabled;
  }

  /** Forgets the global choice: back to validating first runs only. */
  public static void reset() {
    global = null;
  }

  /**
   * Overrides validation on this thread until the handle is closed.
   *
   * @param enabled whether to validate on this thread
   * @return a handle that restores the previous setting
   */
  public static Handle override(boolean enabled) {
    Boolean previous = LOCAL.get();
    LOCAL.set(enabled);
    return () -> LOCAL.set(previous);
  }

  /**
   * Marks a repeated run of a model whose first run was validated: validation is off on this thread
   * until the handle is closed, unless it was forced on ({@link #isForced()}).
   *
   * @return a handle that restores the previous setting
   */
  public static Handle skipRevalidation() {
    return isForced() ? () -> {} : override(false);
  }

  /** Restores the previous thread-local setting; closing twice is harmless. */
  @FunctionalInterface
  public interface Handle extends AutoCloseable {
    @Override
    void close();
  }
}
