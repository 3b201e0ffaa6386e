package dev.pyrite.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.options.UrlProvisionOption;

/**
 * The Pax Exam configuration every Pyrite integration test starts from: the runtime distribution's
 * bundle folder ({@code runtime/target/pyrite/bundles}, built by {@code mvn package} of the runtime
 * module) installed into Felix the way the launcher does it, DJL offline, FileInstall watching
 * {@link #deployDir()}.
 *
 * <pre>{@code
 * @Configuration
 * public Option[] config() {
 *   return PyriteOptions.runtime(PyriteOptions.reactorBundle("examples", "pyrite-examples"));
 * }
 * }</pre>
 */
public final class PyriteOptions {
  /** System property (set by surefire) naming the reactor root. */
  public static final String REACTOR_DIR = "pyrite.reactor.dir";

  /** System property (set by surefire) with the reactor's project version. */
  public static final String VERSION = "pyrite.version";

  /** Start level of ASM, SPI Fly and slf4j: before everything that logs or uses ServiceLoader. */
  public static final int BOOT_START_LEVEL = 1;

  private static final List<String> BOOT =
      List.of("org.objectweb.asm", "org.apache.aries.spifly", "slf4j.api", "slf4j.simple");

  private PyriteOptions() {}

  /**
   * The runtime distribution plus the given options.
   *
   * @param extra options for one test class (more bundles, properties)
   * @return the options
   */
  public static Option[] runtime(Option... extra) {
    return runtime(Set.of(), extra);
  }

  /**
   * The runtime distribution with some bundles installed but not started, plus the given options.
   *
   * @param notStarted symbolic names of bundles to leave unstarted
   * @param extra options for one test class (more bundles, properties)
   * @return the options
   */
  public static Option[] runtime(Set<String> notStarted, Option... extra) {
    List<Option> options = new ArrayList<>();
    options.add(systemProperty("ai.djl.offline").value("true"));
    options.add(systemProperty("OPT_OUT_TRACKING").value("true"));
    options.add(systemProperty("org.slf4j.simpleLogger.defaultLogLevel").value("warn"));
    options.add(
        systemProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils").value("error"));
    // the test class path holds slf4j-simple and DJL: bundles must not see it through Felix's
    // implicit boot delegation (ServiceLoader calls from the JDK would find classpath providers)
    options.add(frameworkProperty("felix.bootdelegation.implicit").value("false"));
    options.add(frameworkProperty("gosh.args").value("--nointeractive"));
    options.add(frameworkProperty("felix.fileinstall.dir").value(deployDir().toString()));
    options.add(frameworkProperty("felix.fileinstall.poll").value("200"));
    options.add(frameworkProperty("felix.fileinstall.noInitialDelay").value("true"));
    for (Path jar : runtimeBundles()) {
      UrlProvisionOption option = provision(jar);
      options.add(notStarted.contains(symbolicName(jar)) ? option.noStart() : option);
    }
    options.add(junitBundles());
    options.addAll(List.of(extra));
    return options.toArray(Option[]::new);
  }

  /**
   * A bundle built by another reactor module, e.g. {@code reactorBundle("examples",
   * "pyrite-examples")} for {@code examples/target/pyrite-examples-<version>.jar}.
   *
   * @param module the module folder
   * @param artifactId the module's artifact id
   * @return the provisioning option
   */
  public static UrlProvisionOption reactorBundle(String module, String artifactId) {
    return provision(reactorJar(module, artifactId));
  }

  /**
   * The jar another reactor module built, e.g. {@code reactorJar("examples/automap-v1",
   * "example-automap-v1")} for {@code examples/automap-v1/target/example-automap-v1-<version>.jar};
   * for tests that install, update or deploy it while the framework runs.
   *
   * @param module the module folder, relative to the reactor root
   * @param artifactId the module's artifact id
   * @return the jar (absolute)
   * @throws IllegalStateException when the module has not been packaged
   */
  public static Path reactorJar(String module, String artifactId) {
    String version = System.getProperty(VERSION);
    Path jar =
        reactorDir().resolve(module).resolve("target").resolve(artifactId + "-" + version + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing; package " + module + " first");
    }
    return jar;
  }

  /**
   * The jars of the runtime distribution's bundle folder, sorted by file name.
   *
   * @return the jars
   */
  public static List<Path> runtimeBundles() {
    Path folder = reactorDir().resolve("runtime/target/pyrite/bundles");
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("no runtime bundle folder; run mvn package first", e);
    }
  }

  /**
   * The install location used for a jar (the bundle's {@code getLocation()}).
   *
   * @param jar the jar
   * @return its location
   */
  public static String location(Path jar) {
    return "reference:" + jar.toAbsolutePath().normalize().toUri();
  }

  /**
   * Whether a jar is a fragment (it has a {@code Fragment-Host} header).
   *
   * @param jar the jar
   * @return true for a fragment
   */
  public static boolean isFragment(Path jar) {
    return header(jar, "Fragment-Host") != null;
  }

  /**
   * The folder FileInstall watches in tests ({@code itests/target/deploy}); created when missing.
   *
   * @return the folder
   */
  public static Path deployDir() {
    Path dir = reactorDir().resolve("itests/target/deploy");
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The reactor root.
   *
   * @return the folder named by {@value #REACTOR_DIR}
   */
  public static Path reactorDir() {
    String dir = System.getProperty(REACTOR_DIR);
    if (dir == null) {
      throw new IllegalStateException(REACTOR_DIR + " is not set (surefire sets it)");
    }
    return Path.of(dir).toAbsolutePath().normalize();
  }

  private static UrlProvisionOption provision(Path jar) {
    UrlProvisionOption option = bundle(location(jar));
    String bsn = symbolicName(jar);
    if (BOOT.stream().anyMatch(bsn::startsWith)) {
      option.startLevel(BOOT_START_LEVEL);
    }
    return isFragment(jar) ? option.noStart() : option;
  }

  /**
   * A jar's bundle symbolic name without directives.
   *
   * @param jar the jar
   * @return the name, or {@code ""} for a plain jar
   */
  public static String symbolicName(Path jar) {
    String bsn = header(jar, "Bundle-SymbolicName");
    return bsn == null ? "" : bsn.split(";")[0].trim();
  }

  private static String header(Path jar, String name) {
    try (JarFile file = new JarFile(jar.toFile())) {
      Attributes main = file.getManifest().getMainAttributes();
      return main.getValue(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    }
  }
}
