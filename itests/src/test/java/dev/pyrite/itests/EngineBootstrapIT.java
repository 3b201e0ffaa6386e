package dev.pyrite.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import ai.djl.engine.Engine;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
 * The kernel's engine bootstrap when the engine bundles are never started (it resolves them itself)
 * and {@code ai.djl.default_engine} asks for PyTorch.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EngineBootstrapIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final Set<String> ENGINE_BUNDLES = Set.of("ai.djl.mxnet", "ai.djl.pytorch");

  @Inject private BundleContext context;

  /**
   * The runtime with the engine bundles left unstarted and PyTorch as the default.
   *
   * @return the options
   */
  @Configuration
  public Option[] config() {
    return PyriteOptions.runtime(
        ENGINE_BUNDLES, systemProperty("ai.djl.default_engine").value("PyTorch"));
  }

  /** The engine bundles are only resolved, yet both engines are services. */
  @Test
  public void enginesLoadFromResolvedBundles() {
    for (Bundle b : context.getBundles()) {
      if (ENGINE_BUNDLES.contains(b.getSymbolicName())) {
        assertEquals(b.getSymbolicName(), Bundle.RESOLVED, b.getState());
      }
    }
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

  /** ai.djl.default_engine is honoured: DJL's static default and the top-ranked service agree. */
  @Test
  public void requestedDefaultEngineIsHonoured() {
    ServiceReference<Engine> top = Await.reference(context, Engine.class, null, TIMEOUT);
    assertEquals("PyTorch", top.getProperty("engine.name"));
    assertEquals(Boolean.TRUE, top.getProperty("engine.default"));
    assertEquals("PyTorch", Engine.getInstance().getEngineName());
    EngineChecks.assertSquareGradient(Engine.getInstance());
  }
}
