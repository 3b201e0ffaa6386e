package dev.pyrite.runtime.launcher;

import java.util.StringJoiner;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Waits for the command service ({@code java.util.function.Function} with {@value #FILTER}) and
 * calls it with the command line.
 */
final class CommandClient {
  /** The service filter of the command service. */
  static final String FILTER = "(&(objectClass=java.util.function.Function)(pyrite.command=main))";

  private CommandClient() {}

  /**
   * Calls the command service.
   *
   * @param context the system bundle's context
   * @param args the command line
   * @param timeoutMillis how long to wait for the service
   * @return the exit status the command returned
   * @throws LaunchException when the service does not appear in time
   */
  static int call(BundleContext context, String[] args, long timeoutMillis) throws LaunchException {
    ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, filter(), null);
    tracker.open(true);
    try {
      Object service = tracker.waitForService(timeoutMillis);
      if (!(service instanceof Function<?, ?>)) {
        throw new LaunchException(
            "the pyrite command service did not appear within "
                + timeoutMillis / 1000
                + " s; bundles not active: "
                + inactive(context));
      }
      @SuppressWarnings("unchecked")
      Function<Object, Object> command = (Function<Object, Object>) service;
      Object status = command.apply(args);
      return status instanceof Integer code ? code : 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchException("interrupted while waiting for the command service", e);
    } finally {
      tracker.close();
    }
  }

  private static Filter filter() throws LaunchException {
    try {
      return FrameworkUtil.createFilter(FILTER);
    } catch (InvalidSyntaxException e) {
      throw new LaunchException("bad command filter " + FILTER, e);
    }
  }

  private static String inactive(BundleContext context) {
    StringJoiner names = new StringJoiner(", ", "[", "]");
    for (Bundle b : context.getBundles()) {
      boolean fragment = b.getHeaders().get("Fragment-Host") != null;
      if (b.getState() != Bundle.ACTIVE && !fragment) {
        names.add(b.getSymbolicName());
      }
    }
    return names.toString();
  }
}
