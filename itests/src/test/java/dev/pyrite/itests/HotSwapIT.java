package dev.pyrite.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dev.pyrite.PluginInfo;
import dev.pyrite.PluginNotFoundException;
import dev.pyrite.PluginRegistry;
import dev.pyrite.examples.BetaBernoulli;
import dev.pyrite.examples.BetaBernoulli.Result;
import dev.pyrite.examples.BetaBernoulli.Settings;
import dev.pyrite.spi.AutoGuideProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleRevisions;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Plug-ins come, change and go while the framework runs (DESIGN §6): the third-party bundle {@code
 * com.example.pyrite.automap} (examples/automap-v1 and -v2) is installed, updated and uninstalled
 * through the framework API and through the FileInstall deploy folder, and the registry and SVI
 * follow; plug-in code that throws, a throwing activator and an unresolvable bundle leave the
 * kernel working. Runs on the default engine (MXNet).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class HotSwapIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final String AUTOMAP = "AutoMap";
  private static final String AUTOMAP_BSN = "com.example.pyrite.automap";
  private static final String NOT_FOUND = "no autoguide named AutoMap; available: ";

  /**
   * The centre of the AutoMap checks: 70/102, the posterior mean and the mode of the logit's
   * posterior. v1 is a Delta guide at a constrained value, so, like Pyro's AutoDelta, it maximises
   * the density of p itself and converges to the mode of Beta(70, 32), 69/100 = 0.69 (inside the
   * 0.03 tolerance); v2, a mean-field normal, lands near 70/102 (0.02 tolerance).
   */
  private static final double MAP = 0.686;

  /** The requirement on the service loader mediator (SPI Fly) that registers the plug-ins. */
  private static final String SERVICELOADER_REGISTRAR =
      "osgi.extender;filter:=\"(&(osgi.extender=osgi.serviceloader.registrar)(version>=1.0.0)"
          + "(!(version>=2.0.0)))\"";

  /** A short AutoMap run: Adam(0.01), 500 steps, 1 particle, seed 0. */
  private static final Settings AUTOMAP_SVI = new Settings("svi", AUTOMAP, 500, 0.01, 1, 0);

  @Inject private BundleContext context;

  /**
   * The runtime distribution.
   *
   * @return the options
   */
  @Configuration
  public Option[] config() {
    return PyriteOptions.runtime();
  }

  /**
   * Install v1 (a point estimate), update it in place to v2 (a mean-field normal), uninstall it:
   * the registry finds the right code each time, and the results show which one ran.
   */
  @Test
  public void a_autoMapIsInstalledUpdatedAndUninstalledWhileTheFrameworkRuns() throws Exception {
    PluginRegistry registry = registry();

    // (a) not there yet: the message lists the autoguides that are
    PluginNotFoundException missing = notFound(registry, AUTOMAP);
    String message = missing.getMessage();
    assertTrue(message, message.startsWith(NOT_FOUND));
    List<String> available = Arrays.asList(message.substring(NOT_FOUND.length()).split(", "));
    assertTrue(message, available.containsAll(List.of("AutoDiagonalNormal", "AutoNormal")));
    assertFalse(message, available.contains(AUTOMAP));
    assertEquals(NOT_FOUND + String.join(", ", autoguideNames(registry)), message);

    // (b) install and start v1
    Path v1 = PyriteOptions.reactorJar("examples/automap-v1", "example-automap-v1");
    Path v2 = PyriteOptions.reactorJar("examples/automap-v2", "example-automap-v2");
    Bundle bundle = context.installBundle(v1.toUri().toString());
    try {
      assertEquals(AUTOMAP_BSN, bundle.getSymbolicName());
      assertEquals(new Version(1, 0, 0), bundle.getVersion());
      bundle.start();
      AutoGuideProvider p1 = awaitAutoMap(registry, "1.0.0");
      assertSame(bundle, FrameworkUtil.getBundle(p1.getClass()));
      Result r1 = BetaBernoulli.run(AUTOMAP_SVI, i -> {});
      assertEquals("v1 is a point estimate: " + r1, 0.0, r1.sd(), 0.0);
      assertEquals("v1: " + r1, MAP, r1.mean(), 0.03);

      // (c) update in place to v2: same bundle, same name, new code
      try (InputStream in = new URL(v2.toUri().toString()).openStream()) {
        bundle.update(in);
      }
      assertEquals(new Version(2, 0, 0), bundle.getVersion());
      AutoGuideProvider p2 = awaitAutoMap(registry, "2.0.0");
      assertFalse("a new class after the update", p1.getClass() == p2.getClass());
      Result r2 = BetaBernoulli.run(AUTOMAP_SVI, i -> {});
      assertTrue("v2 has uncertainty: " + r2, r2.sd() > 0.02);
      assertEquals("v2: " + r2, MAP, r2.mean(), 0.02);

      // (d) uninstall: gone again, with the same message as before
      bundle.uninstall();
      awaitNoAutoMap(registry);
      assertEquals(message, notFound(registry, AUTOMAP).getMessage());
    } finally {
      uninstallQuietly(bundle);
    }

    // (e) the kernel keeps working
    assertQuickSviWorks();
  }

  /**
   * A bundle built at test time with three plug-ins: one whose constructor throws (the mediator's
   * service factory fails), one registered without a name whose {@code name()} throws, and one that
   * throws when used. The registry skips the first two and lists the third; using it fails the
   * caller only.
   */
  @Test
  public void b_pluginCodeThatThrowsDoesNotTakeTheKernelDown() throws Exception {
    PluginRegistry registry = registry();
    String pkg = "dev.pyrite.itests.broken.";
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Bundle-SymbolicName", "dev.pyrite.itests.broken.plugins");
    headers.put("Import-Package", "dev.pyrite.spi;version=\"[1.0,2)\"");
    headers.put(
        "Provide-Capability",
        serviceLoaderCapability(pkg + "ExplodingProvider", "Exploding")
            + ","
            + serviceLoaderCapability(pkg + "FailingProvider", "Failing")
            + ","
            + serviceLoaderCapability(pkg + "NamelessProvider", null));
    headers.put("Require-Capability", SERVICELOADER_REGISTRAR);
    Bundle broken =
        context.installBundle(
            "itest:broken-plugins",
            bundleJar(headers, "ExplodingProvider", "FailingProvider", "NamelessProvider"));
    try {
      broken.start();
      assertEquals(Bundle.ACTIVE, broken.getState());
      // the mediator registered all three ...
      Await.until(
          "three AutoGuideProvider services of the broken bundle",
          TIMEOUT,
          () -> servicesOf(broken).size() == 3);
      // ... the registry shows only the one it can name and instantiate
      AutoGuideProvider failing =
          Await.until(
              "Failing in the registry",
              TIMEOUT,
              () -> registry.lookup(AutoGuideProvider.class, "Failing").orElse(null),
              registry::list);
      List<String> fromBroken =
          registry.list().stream()
              .filter(i -> i.bundle().equals(broken.getSymbolicName()))
              .map(PluginInfo::name)
              .toList();
      assertEquals(List.of("Failing"), fromBroken);
      assertFalse(registry.lookup(AutoGuideProvider.class, "Exploding").isPresent());
      assertEquals(
          "no autoguide named Exploding; available: " + String.join(", ", autoguideNames(registry)),
          notFound(registry, "Exploding").getMessage());
      assertTrue(autoguideNames(registry).containsAll(List.of("AutoNormal", "Failing")));

      // using the failing one fails the caller, and only the caller
      try {
        BetaBernoulli.run(new Settings("svi", "Failing", 10, 0.01, 1, 0), i -> {});
        fail("the Failing autoguide was used without error");
      } catch (IllegalStateException e) {
        assertEquals("FailingProvider: broken on purpose (create)", e.getMessage());
        assertEquals(failing.getClass().getName(), e.getStackTrace()[0].getClassName());
      }
      assertQuickSviWorks();
    } finally {
      uninstallQuietly(broken);
    }
    Await.until(
        "Failing gone",
        TIMEOUT,
        () -> registry.lookup(AutoGuideProvider.class, "Failing").isEmpty());
    assertQuickSviWorks();
  }

  /**
   * A bundle whose activator throws fails to start and leaves no plug-in behind; a bundle with an
   * import nobody exports fails to resolve. Neither disturbs the registry or SVI.
   */
  @Test
  public void c_throwingActivatorAndUnresolvableBundleLeaveTheKernelWorking() throws Exception {
    PluginRegistry registry = registry();
    List<PluginInfo> before = registry.list();

    Map<String, String> activatorHeaders = new LinkedHashMap<>();
    activatorHeaders.put("Bundle-SymbolicName", "dev.pyrite.itests.broken.activator");
    activatorHeaders.put("Bundle-Activator", "dev.pyrite.itests.broken.ThrowingActivator");
    activatorHeaders.put(
        "Import-Package",
        "dev.pyrite.spi;version=\"[1.0,2)\",org.osgi.framework;version=\"[1.8,2)\"");
    activatorHeaders.put(
        "Provide-Capability",
        serviceLoaderCapability("dev.pyrite.itests.broken.OrphanProvider", "Orphan"));
    activatorHeaders.put("Require-Capability", SERVICELOADER_REGISTRAR);
    Bundle throwing =
        context.installBundle(
            "itest:broken-activator",
            bundleJar(activatorHeaders, "ThrowingActivator", "OrphanProvider"));

    Map<String, String> unresolvableHeaders = new LinkedHashMap<>();
    unresolvableHeaders.put("Bundle-SymbolicName", "dev.pyrite.itests.broken.unresolvable");
    unresolvableHeaders.put(
        "Import-Package",
        "dev.pyrite.spi;version=\"[1.0,2)\",com.example.nobody.exports.this;version=\"[1,2)\"");
    unresolvableHeaders.put(
        "Provide-Capability",
        serviceLoaderCapability("dev.pyrite.itests.broken.FailingProvider", "Unresolvable"));
    unresolvableHeaders.put("Require-Capability", SERVICELOADER_REGISTRAR);
    Bundle unresolvable =
        context.installBundle(
            "itest:broken-unresolvable", bundleJar(unresolvableHeaders, "FailingProvider"));
    try {
      try {
        throwing.start();
        fail("a throwing activator started");
      } catch (BundleException e) {
        assertEquals(BundleException.ACTIVATOR_ERROR, e.getType());
        assertEquals("ThrowingActivator: broken on purpose (start)", rootCause(e).getMessage());
      }
      assertEquals(Bundle.RESOLVED, throwing.getState());
      assertEquals(List.of(), servicesOf(throwing));

      try {
        unresolvable.start();
        fail("a bundle with a missing import started");
      } catch (BundleException e) {
        assertEquals(BundleException.RESOLVE_ERROR, e.getType());
        assertTrue(e.getMessage(), e.getMessage().contains("com.example.nobody.exports.this"));
      }
      assertEquals(Bundle.INSTALLED, unresolvable.getState());

      assertEquals(before, registry.list());
      assertFalse(registry.lookup(AutoGuideProvider.class, "Orphan").isPresent());
      assertFalse(registry.lookup(AutoGuideProvider.class, "Unresolvable").isPresent());
      assertEquals(Bundle.ACTIVE, bundleNamed("dev.pyrite.kernel").getState());
      assertSame(registry, PluginRegistry.get());
      assertQuickSviWorks();
    } finally {
      uninstallQuietly(throwing);
      uninstallQuietly(unresolvable);
    }
  }

  /**
   * FileInstall: a v1 jar dropped into the deploy folder makes AutoMap usable; replacing it with v2
   * updates it; deleting it removes it.
   */
  @Test
  public void d_deployFolderAddsUpdatesAndRemovesAutoMap() throws Exception {
    PluginRegistry registry = registry();
    notFound(registry, AUTOMAP);
    Path v1 = PyriteOptions.reactorJar("examples/automap-v1", "example-automap-v1");
    Path v2 = PyriteOptions.reactorJar("examples/automap-v2", "example-automap-v2");
    Path deployed = PyriteOptions.deployDir().resolve("com.example.pyrite.automap.jar");
    Path staging =
        Files.createDirectories(PyriteOptions.reactorDir().resolve("itests/target/staging"));
    try {
      drop(v1, staging, deployed);
      AutoGuideProvider p1 = awaitAutoMap(registry, "1.0.0");
      Bundle bundle = FrameworkUtil.getBundle(p1.getClass());
      assertTrue(
          bundle.getLocation(), bundle.getLocation().endsWith(deployed.getFileName().toString()));

      drop(v2, staging, deployed);
      AutoGuideProvider p2 = awaitAutoMap(registry, "2.0.0");
      assertEquals(bundle.getBundleId(), FrameworkUtil.getBundle(p2.getClass()).getBundleId());

      Files.delete(deployed);
      awaitNoAutoMap(registry);
      Await.until(
          "the deployed bundle uninstalled", TIMEOUT, () -> bundleNamedOrNull(AUTOMAP_BSN) == null);
    } finally {
      if (Files.deleteIfExists(deployed)) {
        awaitNoAutoMap(registry);
      }
    }
    assertQuickSviWorks();
  }

  /**
   * Copies a jar to a staging folder, then renames it over the target, so FileInstall never sees a
   * half-written file.
   */
  private static void drop(Path jar, Path staging, Path target) throws IOException {
    Path tmp = staging.resolve(target.getFileName());
    Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** A few SVI steps with a built-in autoguide give a finite posterior. */
  private static void assertQuickSviWorks() {
    Result r = BetaBernoulli.run(new Settings("svi", "AutoNormal", 200, 0.01, 1, 0), i -> {});
    assertTrue(r.toString(), Double.isFinite(r.mean()) && r.mean() > 0 && r.mean() < 1);
    assertTrue(r.toString(), Double.isFinite(r.sd()) && r.sd() > 0);
  }

  /**
   * Waits until the registry's AutoMap is the code of a given bundle version: its row in {@code
   * list()} shows that version, and its provider class was defined by the bundle revision of that
   * version.
   */
  private static AutoGuideProvider awaitAutoMap(PluginRegistry registry, String version) {
    Version wanted = Version.parseVersion(version);
    return Await.until(
        "AutoMap " + version + " in the registry",
        TIMEOUT,
        () -> {
          AutoGuideProvider p = registry.lookup(AutoGuideProvider.class, AUTOMAP).orElse(null);
          PluginInfo row = new PluginInfo("autoguide", AUTOMAP, AUTOMAP_BSN, version);
          if (p == null
              || !wanted.equals(definingRevision(p.getClass()))
              || !registry.list().contains(row)) {
            return null;
          }
          return p;
        },
        () -> {
          AutoGuideProvider p = registry.lookup(AutoGuideProvider.class, AUTOMAP).orElse(null);
          return registry.list().stream().filter(i -> i.name().equals(AUTOMAP)).toList()
              + (p == null ? "" : ", class from revision " + definingRevision(p.getClass()));
        });
  }

  private static void awaitNoAutoMap(PluginRegistry registry) {
    Await.until(
        "no AutoMap in the registry",
        TIMEOUT,
        () ->
            registry.lookup(AutoGuideProvider.class, AUTOMAP).isEmpty()
                    && registry.list().stream().noneMatch(i -> i.bundle().equals(AUTOMAP_BSN))
                ? ""
                : null,
        registry::list);
  }

  /** The version of the bundle revision whose class loader defined a class, or null. */
  private static Version definingRevision(Class<?> type) {
    Bundle bundle = FrameworkUtil.getBundle(type);
    if (bundle == null) {
      return null;
    }
    BundleRevisions revisions = bundle.adapt(BundleRevisions.class);
    if (revisions == null) {
      return null;
    }
    for (BundleRevision revision : revisions.getRevisions()) {
      BundleWiring wiring = revision.getWiring();
      if (wiring != null && wiring.getClassLoader() == type.getClassLoader()) {
        return revision.getVersion();
      }
    }
    return null;
  }

  private static PluginNotFoundException notFound(PluginRegistry registry, String name) {
    try {
      AutoGuideProvider p = registry.find(AutoGuideProvider.class, name);
      throw new AssertionError(name + " was found: " + p + " in " + registry.list());
    } catch (PluginNotFoundException e) {
      return e;
    }
  }

  private static List<String> autoguideNames(PluginRegistry registry) {
    return registry.all(AutoGuideProvider.class).stream().map(AutoGuideProvider::name).toList();
  }

  private List<ServiceReference<AutoGuideProvider>> servicesOf(Bundle bundle) {
    try {
      return context.getServiceReferences(AutoGuideProvider.class, null).stream()
          .filter(r -> r.getBundle() != null)
          .filter(r -> r.getBundle().getBundleId() == bundle.getBundleId())
          .toList();
    } catch (org.osgi.framework.InvalidSyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Bundle bundleNamed(String symbolicName) {
    return Objects.requireNonNull(bundleNamedOrNull(symbolicName), symbolicName);
  }

  private Bundle bundleNamedOrNull(String symbolicName) {
    return Arrays.stream(context.getBundles())
        .filter(b -> symbolicName.equals(b.getSymbolicName()))
        .findFirst()
        .orElse(null);
  }

  private PluginRegistry registry() {
    ServiceReference<PluginRegistry> ref =
        Await.reference(context, PluginRegistry.class, null, TIMEOUT);
    return context.getService(ref);
  }

  private static void uninstallQuietly(Bundle bundle) {
    if (bundle.getState() != Bundle.UNINSTALLED) {
      try {
        bundle.uninstall();
      } catch (BundleException | IllegalStateException e) {
        // already gone
      }
    }
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }

  /** One {@code osgi.serviceloader} capability as bnd's {@code @ServiceProvider} writes it. */
  private static String serviceLoaderCapability(String implementation, String name) {
    return "osgi.serviceloader;osgi.serviceloader=\"dev.pyrite.spi.AutoGuideProvider\""
        + (name == null ? "" : ";pyrite.name=" + name)
        + ";register:=\""
        + implementation
        + "\"";
  }

  /**
   * A bundle jar built in memory from a manifest and class files of {@code
   * dev.pyrite.itests.broken} (read from the test probe); every class is also listed in {@code
   * META-INF/services/dev.pyrite.spi.AutoGuideProvider} when it is a provider.
   */
  private static InputStream bundleJar(Map<String, String> headers, String... simpleNames) {
    Manifest mf = new Manifest();
    Attributes main = mf.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Bundle-ManifestVersion", "2");
    main.putValue("Bundle-Version", "1.0.0");
    headers.forEach(main::putValue);
    String services =
        Arrays.stream(simpleNames)
            .filter(n -> n.endsWith("Provider"))
            .map(n -> "dev.pyrite.itests.broken." + n + "\n")
            .collect(Collectors.joining());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes, mf)) {
      for (String n : simpleNames) {
        String path = "dev/pyrite/itests/broken/" + n + ".class";
        try (InputStream in = HotSwapIT.class.getClassLoader().getResourceAsStream(path)) {
          assertNotNull(path + " in the test probe", in);
          jar.putNextEntry(new JarEntry(path));
          in.transferTo(jar);
          jar.closeEntry();
        }
      }
      if (!services.isEmpty()) {
        jar.putNextEntry(new JarEntry("META-INF/services/dev.pyrite.spi.AutoGuideProvider"));
        jar.write(services.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
