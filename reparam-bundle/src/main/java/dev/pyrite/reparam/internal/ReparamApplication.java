package dev.pyrite.reparam.internal;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.Site;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One reparameterizer at work on one site: the original site's name and distribution, and the init
 * values of the auxiliary sites it creates, computed once per init strategy from the strategy's
 * value for the original site through {@link Reparam#transformInit}.
 *
 * <p>While {@code Reparam.apply} runs, the application is on a thread-local stack, so that an init
 * strategy asked for an auxiliary site can find the original site it stands for. An application
 * created for a site that is itself auxiliary (nested reparameterizers) asks the enclosing
 * application first, so init values travel through any number of reparameterizers.
 *
 * <pre>{@code
 * ReparamApplication app = new ReparamApplication(owner, "x", fn, reparam, null);
 * app.enter();
 * try {
 *   reparam.apply(msg);                       // aux sites call app.initFor(...)
 * } finally {
 *   app.exit();
 * }
 * }</pre>
 */
public final class ReparamApplication {
  private static final ThreadLocal<Deque<ReparamApplication>> ACTIVE =
      ThreadLocal.withInitial(ArrayDeque::new);

  private final Object owner;
  private final String name;
  private final Distribution fn;
  private final Reparam reparam;
  private final Function<InitStrategy, NDArray> parent;
  private final Map<InitStrategy, Map<String, NDArray>> memo = new IdentityHashMap<>();

  /**
   * Creates the application.
   *
   * @param owner the handler applying the reparameterizer
   * @param name the original site name
   * @param fn the original distribution
   * @param reparam the reparameterizer
   * @param parent the init hook of the original site when it is itself an auxiliary site, or {@code
   *     null}
   */
  public ReparamApplication(
      Object owner,
      String name,
      Distribution fn,
      Reparam reparam,
      Function<InitStrategy, NDArray> parent) {
    this.owner = owner;
    this.name = name;
    this.fn = fn;
    this.reparam = reparam;
    this.parent = parent;
  }

  /**
   * The innermost application running on this thread.
   *
   * @return the application, or {@code null} outside every {@code Reparam.apply}
   */
  public static ReparamApplication current() {
    return ACTIVE.get().peek();
  }

  /** Marks this application as running on this thread. */
  public void enter() {
    ACTIVE.get().push(this);
  }

  /** Marks this application as finished; it must be the innermost one. */
  public void exit() {
    Deque<ReparamApplication> stack = ACTIVE.get();
    if (stack.peek() == this) {
      stack.pop();
    } else {
      stack.remove(this);
    }
  }

  /**
   * The handler that runs this application.
   *
   * @return the owner
   */
  public Object owner() {
    return owner;
  }

  /**
   * The init hook of one auxiliary site: from an init strategy to the site's init value.
   *
   * @param auxName the auxiliary site
   * @return the hook; it gives {@code null} for a site the reparameterizer does not initialise
   */
  public Function<InitStrategy, NDArray> hook(String auxName) {
    return strategy -> initFor(auxName, strategy);
  }

  /**
   * The init value of an auxiliary site under a strategy: the strategy's value for the original
   * site (or the enclosing application's value when the original site is auxiliary), mapped by
   * {@link Reparam#transformInit}. Computed once per strategy, so every auxiliary site of one
   * application comes from the same original value (one draw for random strategies).
   *
   * @param auxName the auxiliary site
   * @param strategy the init strategy
   * @return the init value, or {@code null} when {@code auxName} is not one of this
   *     reparameterizer's auxiliary sites
   * @throws IllegalArgumentException when the strategy's value for the original site lies outside
   *     its support
   */
  public NDArray initFor(String auxName, InitStrategy strategy) {
    Map<String, NDArray> values = memo.get(strategy);
    if (values == null) {
      values = transformed(strategy);
      memo.put(strategy, values);
    }
    return values.get(auxName);
  }

  private Map<String, NDArray> transformed(InitStrategy strategy) {
    NDArray original = parent == null ? null : parent.apply(strategy);
    if (original == null) {
      original = strategy.init(new Site(name, fn, null));
    }
    original = original.stopGradient();
    if (!fn.support().check(original).all().getBoolean()) {
      throw new IllegalArgumentException(
          "init strategy gave site \""
              + name
              + "\" a value outside its support "
              + fn.support().name()
              + " (before "
              + reparam
              + " moved it to its auxiliary sites); give a value in the support");
    }
    Map<String, NDArray> out = new LinkedHashMap<>();
    for (Map.Entry<String, NDArray> e : reparam.transformInit(name, fn, original).entrySet()) {
      out.put(e.getKey(), e.getValue().stopGradient());
    }
    return out;
  }
}
