package dev.pyrite.itests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Polls a condition until it holds or a timeout passes; the failure names what was awaited and the
 * last observed state. Tests use it instead of sleeping.
 *
 * <pre>{@code
 * Await.until("bundle active", Duration.ofSeconds(10), () -> b.getState() == Bundle.ACTIVE);
 * ServiceReference<Engine> mx =
 *     Await.reference(context, Engine.class, "(engine.name=MXNet)", Duration.ofSeconds(30));
 * }</pre>
 */
public final class Await {
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(25);

  private Await() {}

  /**
   * Waits until a condition holds.
   *
   * @param what what is awaited, for the failure message
   * @param timeout how long to wait
   * @param condition the condition
   * @throws AssertionError when it still does not hold after the timeout
   */
  public static void until(String what, Duration timeout, BooleanSupplier condition) {
    until(what, timeout, () -> condition.getAsBoolean() ? "" : null, () -> "false");
  }

  /**
   * Waits until a probe returns a non-null value.
   *
   * @param what what is awaited, for the failure message
   * @param timeout how long to wait
   * @param probe returns the value, or {@code null} while not there yet
   * @param state describes the current state for the failure message
   * @param <T> the value type
   * @return the first non-null value
   * @throws AssertionError when the probe still returns {@code null} after the timeout
   */
  public static <T> T until(String what, Duration timeout, Supplier<T> probe, Supplier<?> state) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError(
            "Timed out after "
                + timeout.toMillis()
                + " ms waiting for "
                + what
                + "; last state: "
                + state.get());
      }
      LockSupport.parkNanos(POLL_NANOS);
    }
  }

  /**
   * Waits for a service reference; get the service from it with {@code context.getService}.
   *
   * @param context the bundle context to look in
   * @param type the service type
   * @param filter an LDAP filter on the service properties, or {@code null}
   * @param timeout how long to wait
   * @param <S> the service type
   * @return the highest-ranked matching reference
   * @throws AssertionError when no such service appears in time
   */
  public static <S> ServiceReference<S> reference(
      BundleContext context, Class<S> type, String filter, Duration timeout) {
    return until(
        type.getName() + (filter == null ? "" : " " + filter),
        timeout,
        () -> first(context, type, filter),
        () -> "registered " + type.getSimpleName() + " services: " + registered(context, type));
  }

  private static List<Map<String, Object>> registered(BundleContext context, Class<?> type) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (ServiceReference<?> ref : first(context, type, null, Integer.MAX_VALUE)) {
      Map<String, Object> props = new TreeMap<>();
      for (String key : ref.getPropertyKeys()) {
        props.put(key, ref.getProperty(key));
      }
      all.add(props);
    }
    return all;
  }

  private static <S> ServiceReference<S> first(
      BundleContext context, Class<S> type, String filter) {
    return first(context, type, filter, 1).stream().findFirst().orElse(null);
  }

  /** The matching references, highest ranked first. */
  private static <S> List<ServiceReference<S>> first(
      BundleContext context, Class<S> type, String filter, int limit) {
    try {
      Collection<ServiceReference<S>> refs = context.getServiceReferences(type, filter);
      return refs.stream().sorted(Comparator.reverseOrder()).limit(limit).toList();
    } catch (InvalidSyntaxException e) {
      throw new IllegalArgumentException(filter, e);
    }
  }
}
