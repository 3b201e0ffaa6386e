package dev.pyrite.runtime.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the launcher finds its bundles and what it tells the framework.
 *
 * <p>System properties: {@code pyrite.bundles} (bundle folder, default {@code ../bundles} next to
 * the launcher's {@code lib/}), {@code pyrite.deploy} (the folder FileInstall watches, default
 * {@code deploy} under {@code pyrite.home} when set, else under the working directory), {@code
 * org.osgi.framework.storage} (framework cache, default a fresh temporary folder removed on exit)
 * and {@code pyrite.command.timeout} (seconds to wait for the command service, default 30).
 *
 * @param bundles the folder whose jars are installed
 * @param deploy the folder FileInstall watches
 * @param storage the framework cache chosen by the user, or {@code null} for a temporary one
 * @param commandTimeoutMillis how long to wait for the command service
 */
record LaunchSettings(Path bundles, Path deploy, Path storage, long commandTimeoutMillis) {
  /**
   * Reads the settings from system properties.
   *
   * @param lib the folder holding the launcher jar
   * @return the settings
   */
  static LaunchSettings fromSystemProperties(Path lib) {
    Path bundles = pathProperty("pyrite.bundles", lib.resolveSibling("bundles"));
    String home = System.getProperty("pyrite.home");
    Path base = home != null ? Path.of(home) : Path.of("");
    Path deploy = pathProperty("pyrite.deploy", base.resolve("deploy"));
    String storage = System.getProperty("org.osgi.framework.storage");
    long timeout = Long.getLong("pyrite.command.timeout", 30L);
    return new LaunchSettings(
        bundles, deploy, storage == null ? null : Path.of(storage), timeout * 1000L);
  }

  /**
   * The framework properties.
   *
   * @param storageDir the framework cache folder
   * @return the properties for {@code FrameworkFactory.newFramework}
   */
  Map<String, String> frameworkProperties(Path storageDir) {
    Map<String, String> p = new HashMap<>();
    p.put("org.osgi.framework.storage", storageDir.toAbsolutePath().toString());
    p.put("org.osgi.framework.storage.clean", "onFirstInit");
    p.put("ai.djl.offline", "true");
    p.put("OPT_OUT_TRACKING", "true");
    p.put("felix.fileinstall.dir", deploy.toAbsolutePath().toString());
    p.put("felix.fileinstall.poll", "1000");
    p.put("felix.fileinstall.noInitialDelay", "true");
    p.put("felix.fileinstall.log.level", "1");
    p.put("gosh.args", "--nointeractive");
    return p;
  }

  /** Creates the deploy folder when missing; FileInstall only watches an existing folder. */
  void createDeployFolder() {
    try {
      Files.createDirectories(deploy);
    } catch (IOException e) {
      System.err.println("pyrite: cannot create the deploy folder " + deploy + ": " + e);
    }
  }

  private static Path pathProperty(String key, Path fallback) {
    String value = System.getProperty(key);
    return value == null ? fallback : Path.of(value);
  }
}
