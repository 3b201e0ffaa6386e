package dev.pyrite.itests.broken;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * A bundle activator that throws on start. Packed into a bundle at test time by {@code HotSwapIT};
 * never loaded by the test probe.
 */
public final class ThrowingActivator implements BundleActivator {
  /** The message of the exception {@link #start} throws. */
  public static final String MESSAGE = "ThrowingActivator: broken on purpose (start)";

  @Override
  public void start(BundleContext context) {
    throw new IllegalStateException(MESSAGE);
  }

  @Override
  public void stop(BundleContext context) {}
}
