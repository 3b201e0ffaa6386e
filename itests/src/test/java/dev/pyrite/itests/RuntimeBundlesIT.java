package dev.pyrite.itests;

import static org.junit.Assert.assertEquals;

import ai.djl.engine.Engine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The runtime distribution in Felix: every bundle of its folder is active (fragments resolved),
 * both DJL engines are services with MXNet the default, and tensors with autograd work on each.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RuntimeBundlesIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

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
   * Every jar of runtime/target/pyrite/bundles is installed; bundles ACTIVE, fragments RESOLVED.
   */
  @Test
  public void everyRuntimeBundleIsActiveAndEveryFragmentResolved() {
    List<Path> jars = PyriteOptions.runtimeBundles();
    Await.until(
        "all runtime bundles in their final state",
        TIMEOUT,
        () -> wrongStates(jars).isEmpty() ? Boolean.TRUE : null,
        () -> wrongStates(jars));
  }

  /** The kernel's engine bootstrap registers one Engine service per engine bundle. */
  @Test
  public void bothEnginesAreServicesAndMxnetIsTheDefault() {
    for (String name : List.of("MXNet", "PyTorch")) {
      ServiceReference<Engine> ref =
          Await.reference(context, Engine.class, "(engine.name=" + name + ")", TIMEOUT);
      assertEquals(name, context.getService(ref).getEngineName());
      context.ungetService(ref);
    }
    ServiceReference<Engine> dflt = Await.reference(context, Engine.class, null, TIMEOUT);
    assertEquals("MXNet", dflt.getProperty("engine.name"));
    assertEquals(Boolean.TRUE, dflt.getProperty("engine.default"));
    assertEquals("MXNet", Engine.getInstance().getEngineName());
  }

  /** d/dx sum(x * x) = 2x, on every engine, through the Engine services. */
  @Test
  public void autogradWorksOnEveryEngine() {
    for (String name : List.of("MXNet", "PyTorch")) {
      ServiceReference<Engine> ref =
          Await.reference(context, Engine.class, "(engine.name=" + name + ")", TIMEOUT);
      try {
        EngineChecks.assertSquareGradient(context.getService(ref));
      } finally {
        context.ungetService(ref);
      }
    }
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
        wrong.put(bundle.getSymbolicName(), state(bundle.getState()));
      }
    }
    return wrong;
  }

  private static String state(int state) {
    List<String> names = new ArrayList<>();
    int[] codes = {
      Bundle.INSTALLED,
      Bundle.RESOLVED,
      Bundle.STARTING,
      Bundle.STOPPING,
      Bundle.ACTIVE,
      Bundle.UNINSTALLED
    };
    String[] labels = {"INSTALLED", "RESOLVED", "STARTING", "STOPPING", "ACTIVE", "UNINSTALLED"};
    for (int i = 0; i < codes.length; i++) {
      if ((state & codes[i]) != 0) {
        names.add(labels[i]);
      }
    }
    return names.stream().collect(Collectors.joining("|"));
  }
}
