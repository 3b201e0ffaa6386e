package dev.pyrite.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import dev.pyrite.PluginInfo;
import dev.pyrite.PluginKind;
import dev.pyrite.PluginRegistry;
import dev.pyrite.examples.BetaBernoulli;
import dev.pyrite.examples.BetaBernoulli.Result;
import dev.pyrite.examples.BetaBernoulli.Settings;
import dev.pyrite.spi.AutoGuideProvider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * SVI on the Beta-Bernoulli seed model inside Felix, with every runtime bundle active, through the
 * exported APIs only: {@code dev.pyrite.examples.BetaBernoulli}, the kernel's {@link
 * PluginRegistry} service, and autoguides found in it by name.
 *
 * <p>This class runs on the PyTorch engine ({@code ai.djl.default_engine=PyTorch}): the seed
 * notebook's Beta-guide settings (3000 steps of 10 particles) take about 55 s on MXNet on two cores
 * but about 16 s on PyTorch. SVI on the default engine (MXNet) inside OSGi is covered by {@link
 * HotSwapIT}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SviInOsgiIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String ENGINE = "PyTorch";

  /** Beta(70, 32): the exact posterior of p. */
  private static final double EXACT_MEAN = 70.0 / 102.0;

  private static final double EXACT_SD = 0.045719895;
  private static final double MEAN_TOLERANCE = 0.01;
  private static final double SD_RELATIVE_TOLERANCE = 0.15;

  @Inject private BundleContext context;

  /**
   * The runtime distribution, PyTorch as DJL's default engine.
   *
   * @return the options
   */
  @Configuration
  public Option[] config() {
    return PyriteOptions.runtime(systemProperty("ai.djl.default_engine").value(ENGINE));
  }

  /** Every bundle of the runtime folder is ACTIVE (fragments RESOLVED) before anything runs. */
  @Before
  public void runtimeIsActive() {
    List<Path> jars = PyriteOptions.runtimeBundles();
    Await.until(
        "all runtime bundles in their final state",
        TIMEOUT,
        () -> wrongStates(jars).isEmpty() ? Boolean.TRUE : null,
        () -> wrongStates(jars));
  }

  /**
   * The registry is the kernel's OSGi service, is the one {@code PluginRegistry.get()} returns, and
   * lists plug-ins of every kind, each from an active bundle at that bundle's version.
   */
  @Test
  public void registryServiceListsPluginsOfEveryKind() {
    PluginRegistry registry = registry();
    assertSame(registry, PluginRegistry.get());
    assertEquals(
        "dev.pyrite.kernel", FrameworkUtil.getBundle(registry.getClass()).getSymbolicName());

    List<PluginInfo> list = registry.list();
    Set<String> kinds = list.stream().map(PluginInfo::kind).collect(Collectors.toSet());
    Set<String> expected =
        Arrays.stream(PluginKind.values()).map(PluginKind::label).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "handler",
            "distribution",
            "elbo",
            "mcmc-kernel",
            "autoguide",
            "reparam",
            "init-strategy",
            "bijection"),
        expected);
    assertEquals("plug-in kinds in " + list, new TreeSet<>(expected), new TreeSet<>(kinds));

    Map<String, Bundle> bySymbolicName = new TreeMap<>();
    for (Bundle b : context.getBundles()) {
      bySymbolicName.put(b.getSymbolicName(), b);
    }
    for (PluginInfo p : list) {
      Bundle b = bySymbolicName.get(p.bundle());
      assertNotNull(p.toString(), b);
      assertEquals(p.toString(), Bundle.ACTIVE, b.getState());
      assertEquals(p.toString(), b.getVersion().toString(), p.version());
    }
    for (String name : List.of("AutoDiagonalNormal", "AutoNormal")) {
      PluginInfo p = info(list, "autoguide", name);
      assertNotNull(name + " in " + list, p);
      assertEquals("dev.pyrite.autoguide", p.bundle());
    }
  }

  /**
   * The seed notebook's SVI: the Beta guide, Adam(0.05), 3000 steps of 10 particles, recovers
   * Beta(70, 32).
   */
  @Test
  public void sviWithTheBetaGuideRecoversTheExactPosterior() {
    registry();
    Settings settings = Settings.svi(null);
    Result r = BetaBernoulli.run(settings, i -> {});
    assertPosterior(settings, r);
  }

  /**
   * SVI with {@code AutoDiagonalNormal}, found by name through the registry service, 2000 steps of
   * Adam(0.01): the same posterior within the same tolerances.
   */
  @Test
  public void sviWithAutoDiagonalNormalFromTheRegistryRecoversTheExactPosterior() {
    PluginRegistry registry = registry();
    AutoGuideProvider provider = registry.find(AutoGuideProvider.class, "AutoDiagonalNormal");
    assertEquals("AutoDiagonalNormal", provider.name());
    assertEquals(
        "dev.pyrite.autoguide", FrameworkUtil.getBundle(provider.getClass()).getSymbolicName());

    Settings settings = Settings.svi("AutoDiagonalNormal");
    assertEquals(2000, settings.steps());
    Result r = BetaBernoulli.run(settings, i -> {});
    assertPosterior(settings, r);
  }

  private static void assertPosterior(Settings settings, Result r) {
    String what = settings + " -> " + r;
    assertEquals(what, ENGINE, r.engine());
    assertEquals(EXACT_SD, BetaBernoulli.EXACT_SD, 1e-9);
    assertEquals(what, EXACT_MEAN, r.mean(), MEAN_TOLERANCE);
    assertEquals(what, EXACT_SD, r.sd(), SD_RELATIVE_TOLERANCE * EXACT_SD);
  }

  private static PluginInfo info(List<PluginInfo> list, String kind, String name) {
    return list.stream()
        .filter(p -> p.kind().equals(kind) && p.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  private PluginRegistry registry() {
    ServiceReference<PluginRegistry> ref =
        Await.reference(context, PluginRegistry.class, null, TIMEOUT);
    return context.getService(ref);
  }

  private Map<String, String> wrongStates(List<Path> jars) {
    Map<String, Bundle> byLocation = new TreeMap<>();
    for (Bundle b : context.getBundles()) {
      byLocation.put(b.getLocation(), b);
    }
    Map<String, String> wrong = new TreeMap<>();
    for (Path jar : jars) {
      Bundle bundle = byLocation.get(PyriteOptions.location(jar));
      int expected = PyriteOptions.isFragment(jar) ? Bundle.RESOLVED : Bundle.ACTIVE;
      if (bundle == null) {
        wrong.put(jar.getFileName().toString(), "not installed");
      } else if (bundle.getState() != expected) {
        wrong.put(bundle.getSymbolicName(), "state " + bundle.getState());
      }
    }
    return wrong;
  }
}
