package dev.pyrite.internal.engine;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineProvider;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Touches DJL's {@link Engine} for the first time with a given thread context class loader, and
 * loads every engine it can see eagerly, while that loader is still in place (DJL extracts and
 * loads the native libraries through it).
 */
final class EngineLoader {
  private static final Logger LOG = LoggerFactory.getLogger(EngineLoader.class);

  private EngineLoader() {}

  /**
   * Loads the engines visible through a class loader.
   *
   * @param loader the loader that sees the engine bundles
   * @return the loaded engines by name; an engine that fails to load is logged and left out
   * @throws IllegalStateException when {@code DJL_DEFAULT_ENGINE} names no visible engine
   */
  static Map<String, Engine> load(ClassLoader loader) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Map<String, EngineProvider> providers = discover(loader);
      if (providers.isEmpty()) {
        return Map.of();
      }
      String chosen = DefaultEngine.choose(providers.keySet(), System.getenv(DefaultEngine.ENV));
      Set<String> known = Engine.getAllEngines();
      providers.forEach((name, provider) -> adopt(known, name, provider));
      Map<String, Engine> engines = new TreeMap<>();
      for (String name : providers.keySet()) {
        try {
          engines.put(name, Engine.getEngine(name));
        } catch (RuntimeException | LinkageError e) {
          LOG.error("DJL engine {} failed to load; it is unavailable", name, e);
        }
      }
      LOG.info("DJL engines {} loaded, default {}", engines.keySet(), chosen);
      return engines;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static Map<String, EngineProvider> discover(ClassLoader loader) {
    Map<String, EngineProvider> providers = new TreeMap<>();
    for (ServiceLoader.Provider<EngineProvider> p :
        ServiceLoader.load(EngineProvider.class, loader).stream().toList()) {
      try {
        EngineProvider provider = p.get();
        providers.putIfAbsent(provider.getEngineName(), provider);
      } catch (ServiceConfigurationError e) {
        LOG.error("DJL engine provider {} cannot be created", p.type().getName(), e);
      }
    }
    return providers;
  }

  /** Registers a provider DJL did not find itself: Engine was initialised before the bootstrap. */
  private static void adopt(Set<String> known, String name, EngineProvider provider) {
    if (!known.contains(name)) {
      LOG.warn(
          "DJL's Engine was initialised before the engine bundles were visible; registering {}"
              + " late (Engine.getInstance() may not see it)",
          name);
      Engine.registerEngine(provider);
    }
  }
}
