package dev.pyrite.internal.engine;

import java.util.Collection;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides DJL's default engine before {@code ai.djl.engine.Engine} is first touched, and records it
 * in the system property {@value #PROPERTY}.
 *
 * <p>DJL reads the environment variable {@value #ENV} first, then the system property. Pyrite's
 * default is {@value #PREFERRED}. DJL's static initialiser fails for good ("Unknown default
 * engine") when the name it reads is not installed, so an unknown name from the system property is
 * replaced by an installed engine (with a warning), and an unknown name from the environment, which
 * cannot be overridden, is refused before DJL sees it.
 */
final class DefaultEngine {
  /** The system property DJL reads. */
  static final String PROPERTY = "ai.djl.default_engine";

  /** The environment variable DJL reads (it wins over the property). */
  static final String ENV = "DJL_DEFAULT_ENGINE";

  /** Pyrite's default engine. */
  static final String PREFERRED = "MXNet";

  private static final Logger LOG = LoggerFactory.getLogger(DefaultEngine.class);

  private DefaultEngine() {}

  /**
   * Chooses the default engine among the installed ones and sets {@value #PROPERTY} to it.
   *
   * @param installed the names of the installed engines (not empty)
   * @param env the value of {@value #ENV}, or {@code null}
   * @return the chosen name
   * @throws IllegalStateException when {@value #ENV} names an engine that is not installed
   */
  static String choose(Collection<String> installed, String env) {
    String chosen;
    if (env != null && !env.isEmpty()) {
      if (!installed.contains(env)) {
        throw new IllegalStateException(
            ENV + "=" + env + " names no installed DJL engine; installed: " + installed);
      }
      chosen = env;
    } else {
      String requested = System.getProperty(PROPERTY);
      if (requested != null && installed.contains(requested)) {
        chosen = requested;
      } else {
        chosen = fallback(installed);
        if (requested != null) {
          LOG.warn(
              "{}={} names no installed DJL engine (installed: {}); using {}",
              PROPERTY,
              requested,
              installed,
              chosen);
        }
      }
    }
    if (!Objects.equals(System.getProperty(PROPERTY), chosen)) {
      System.setProperty(PROPERTY, chosen);
    }
    return chosen;
  }

  private static String fallback(Collection<String> installed) {
    return installed.contains(PREFERRED)
        ? PREFERRED
        : installed.stream().sorted().findFirst().orElseThrow();
  }
}
