package dev.pyrite.runtime.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;

/** The framework cache folder and an orderly framework stop. */
final class Shutdown {
  private static final long STOP_TIMEOUT_MILLIS = 30_000L;

  private Shutdown() {}

  /**
   * The framework cache: the user's, or a fresh temporary folder deleted when the JVM exits.
   *
   * @param settings the launch settings
   * @return the folder
   * @throws LaunchException when no temporary folder can be created
   */
  static Path storage(LaunchSettings settings) throws LaunchException {
    if (settings.storage() != null) {
      return settings.storage();
    }
    try {
      Path dir = Files.createTempDirectory("pyrite-felix-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "pyrite-cache-cleanup"));
      return dir;
    } catch (IOException e) {
      throw new LaunchException("cannot create the framework cache: " + e.getMessage(), e);
    }
  }

  /**
   * Stops the framework and waits for it.
   *
   * @param framework the framework
   */
  static void stop(Framework framework) {
    try {
      framework.stop();
      framework.waitForStop(STOP_TIMEOUT_MILLIS);
    } catch (BundleException e) {
      System.err.println("pyrite: the OSGi framework did not stop cleanly: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("pyrite: cannot remove " + dir + ": " + e.getMessage());
    }
  }
}
