package dev.pyrite.runtime.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * Installs every jar of the bundle folder, then starts them: ASM, SPI Fly and slf4j first, the rest
 * after, fragments never. Problems are reported on standard error and do not stop the others.
 */
final class BundleDeployer {
  private BundleDeployer() {}

  /**
   * Installs and starts the bundles of a folder.
   *
   * @param context the system bundle's context
   * @param folder the bundle folder
   * @return the number of jars that could not be installed or started
   * @throws LaunchException when the folder cannot be read
   */
  static int deploy(BundleContext context, Path folder) throws LaunchException {
    int failures = 0;
    List<BundleJar> jars = scan(folder);
    List<Bundle> toStart = new ArrayList<>();
    jars.sort(Comparator.comparingInt(BundleJar::startRank).thenComparing(j -> j.path()));
    for (BundleJar jar : jars) {
      try {
        Bundle bundle = context.installBundle(jar.location());
        if (!jar.fragment()) {
          toStart.add(bundle);
        }
      } catch (BundleException e) {
        warn("cannot install " + jar.path().getFileName() + ": " + e.getMessage());
        failures++;
      }
    }
    for (Bundle bundle : toStart) {
      try {
        bundle.start();
      } catch (BundleException | RuntimeException e) {
        warn("cannot start " + bundle.getSymbolicName() + ": " + describe(e));
        failures++;
      }
    }
    return failures;
  }

  private static List<BundleJar> scan(Path folder) throws LaunchException {
    if (!Files.isDirectory(folder)) {
      throw new LaunchException("no bundle folder at " + folder.toAbsolutePath());
    }
    List<BundleJar> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path path : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        Optional<BundleJar> jar = BundleJar.read(path);
        if (jar.isPresent()) {
          jars.add(jar.get());
        } else {
          warn("skipping " + path.getFileName() + ": not an OSGi bundle");
        }
      }
    } catch (IOException e) {
      throw new LaunchException("cannot read the bundle folder " + folder + ": " + e, e);
    }
    return jars;
  }

  /** The message of an exception and of its causes, which say what an activator threw. */
  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      text.append(" <- ").append(cause);
    }
    return text.toString();
  }

  private static void warn(String message) {
    System.err.println("pyrite: " + message);
  }
}
