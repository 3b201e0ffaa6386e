package dev.pyrite.runtime.launcher;

import java.nio.file.Path;
import java.util.ServiceLoader;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Entry point of the {@code pyrite} command.
 *
 * <pre>{@code
 * java -cp 'runtime/target/pyrite/lib/*' dev.pyrite.runtime.launcher.Launcher list
 * }</pre>
 *
 * <p>Exits with the status the command returns; {@code --engine X} anywhere on the command line
 * makes {@code X} DJL's default engine before the framework starts. See {@link LaunchSettings} for
 * the system properties that move the bundle, deploy and storage folders.
 */
public final class Launcher {
  private static final long FAILED_START_GRACE_MILLIS = 5_000L;

  private Launcher() {}

  /**
   * Runs one command and exits the JVM with its status.
   *
   * @param args the command line, passed unchanged to the command
   */
  public static void main(String[] args) {
    int status;
    try {
      status = run(args);
    } catch (LaunchException e) {
      System.err.println("pyrite: " + e.getMessage());
      status = 1;
    }
    System.exit(status);
  }

  /**
   * Boots the framework, runs one command and stops the framework.
   *
   * @param args the command line
   * @return the command's exit status
   * @throws LaunchException when the framework or the command cannot be started
   */
  static int run(String[] args) throws LaunchException {
    SystemDefaults.apply(args);
    LaunchSettings settings = LaunchSettings.fromSystemProperties(libDirectory());
    settings.createDeployFolder();
    Framework framework = newFramework(settings);
    try {
      framework.start();
      int failures = BundleDeployer.deploy(framework.getBundleContext(), settings.bundles());
      // the command service registers while its bundle starts; after a failed start, it is
      // most likely missing for good, so do not keep the user waiting
      long timeout =
          failures == 0
              ? settings.commandTimeoutMillis()
              : Math.min(settings.commandTimeoutMillis(), FAILED_START_GRACE_MILLIS);
      return CommandClient.call(framework.getBundleContext(), args, timeout);
    } catch (BundleException e) {
      throw new LaunchException("the OSGi framework failed to start: " + e.getMessage(), e);
    } finally {
      Shutdown.stop(framework);
    }
  }

  private static Framework newFramework(LaunchSettings settings) throws LaunchException {
    FrameworkFactory factory =
        ServiceLoader.load(FrameworkFactory.class, Launcher.class.getClassLoader())
            .findFirst()
            .orElseThrow(() -> new LaunchException("no OSGi framework on the class path"));
    Path storage = Shutdown.storage(settings);
    return factory.newFramework(settings.frameworkProperties(storage));
  }

  private static Path libDirectory() throws LaunchException {
    try {
      Path jar =
          Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.getParent();
    } catch (java.net.URISyntaxException | RuntimeException e) {
      throw new LaunchException("cannot locate the launcher jar: " + e.getMessage(), e);
    }
  }
}
