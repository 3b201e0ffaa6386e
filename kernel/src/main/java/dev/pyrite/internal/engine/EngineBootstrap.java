package dev.pyrite.internal.engine;

import ai.djl.engine.Engine;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings DJL's engines up inside OSGi and publishes each as an {@link Engine} service.
 *
 * <p>Called first thing by the kernel's activator. It finds every bundle with {@code
 * META-INF/services/ai.djl.engine.EngineProvider}, resolves them (started or not), chooses the
 * default engine (system property {@code ai.djl.default_engine}, {@code "MXNet"} when unset), then
 * touches {@link Engine} with a thread context class loader that delegates to those bundles, so
 * DJL's {@code ServiceLoader} and native-library loading see them. The previous context class
 * loader is restored before the services are registered.
 *
 * <p>Service properties: {@value #ENGINE_NAME} (e.g. {@code "MXNet"}), {@value #ENGINE_DEFAULT}
 * ({@code true} on the default engine, which also has the highest {@code service.ranking}).
 *
 * <pre>{@code
 * @Reference(target = "(engine.name=PyTorch)") Engine pytorch;
 * }</pre>
 *
 * <p>Engine bundles are not hot-swapped: DJL caches its engines statically and a native library
 * belongs to one class loader, so engine bundles installed later are seen on the next start.
 */
public final class EngineBootstrap {
  /** Service property: the DJL engine name. */
  public static final String ENGINE_NAME = "engine.name";

  /** Service property: {@code true} on DJL's default engine. */
  public static final String ENGINE_DEFAULT = "engine.default";

  private static final Logger LOG = LoggerFactory.getLogger(EngineBootstrap.class);
  private static final List<ServiceRegistration<Engine>> REGISTRATIONS = new ArrayList<>();

  private EngineBootstrap() {}

  /**
   * Loads the engines and registers them as services of the given bundle.
   *
   * @param context the kernel bundle's context
   * @throws IllegalStateException when {@code DJL_DEFAULT_ENGINE} names no installed engine
   */
  public static synchronized void start(BundleContext context) {
    List<Bundle> bundles = EngineBundles.resolve(context);
    if (bundles.isEmpty()) {
      LOG.warn("No DJL engine bundle is installed; tensor operations are unavailable");
      return;
    }
    Bundle api = FrameworkUtil.getBundle(Engine.class);
    if (api != null && !bundles.contains(api)) {
      bundles.add(api);
    }
    Map<String, Engine> engines = EngineLoader.load(new BundleDelegatingClassLoader(bundles));
    String defaultName = Engine.getDefaultEngineName();
    engines.forEach((name, engine) -> register(context, name, engine, name.equals(defaultName)));
  }

  /** Unregisters the engine services. DJL keeps the engines themselves until the JVM exits. */
  public static synchronized void stop() {
    for (ServiceRegistration<Engine> registration : REGISTRATIONS) {
      try {
        registration.unregister();
      } catch (IllegalStateException alreadyGone) {
        LOG.debug("Engine service was already unregistered", alreadyGone);
      }
    }
    REGISTRATIONS.clear();
  }

  private static void register(BundleContext context, String name, Engine engine, boolean dflt) {
    Hashtable<String, Object> props = new Hashtable<>();
    props.put(ENGINE_NAME, name);
    props.put(ENGINE_DEFAULT, dflt);
    props.put(Constants.SERVICE_RANKING, dflt ? 100 : 0);
    props.put("engine.version", String.valueOf(engine.getVersion()));
    REGISTRATIONS.add(context.registerService(Engine.class, engine, props));
  }
}
