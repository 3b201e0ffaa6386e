package dev.pyrite.runtime.launcher;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * JVM-wide settings made before the framework starts: DJL stays offline, logging is quiet (warnings
 * and errors, on standard error) unless the JVM command line says otherwise, and {@code --engine X}
 * becomes DJL's default engine.
 */
final class SystemDefaults {
  /** The system property DJL reads for its default engine. */
  static final String DEFAULT_ENGINE = "ai.djl.default_engine";

  /** SPI Fly logs every registration at INFO through java.util.logging; held strongly. */
  private static final Logger SPI_FLY = Logger.getLogger("org.apache.aries.spifly");

  private SystemDefaults() {}

  /**
   * Applies the defaults; a property the user set on the JVM command line is kept.
   *
   * @param args the command line, scanned for {@code --engine X} and {@code --engine=X}
   */
  static void apply(String[] args) {
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    // DJL probes for CUDA on every start and warns on machines without a GPU driver
    setIfAbsent("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "error");
    if (System.getProperty("java.util.logging.config.file") == null) {
      SPI_FLY.setLevel(Level.WARNING);
    }
    String engine = engine(args);
    if (engine != null) {
      System.setProperty(DEFAULT_ENGINE, engine);
    }
  }

  /**
   * The value of the last {@code --engine} option.
   *
   * @param args the command line
   * @return the engine name, or {@code null} without the option
   */
  static String engine(String[] args) {
    String engine = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--engine") && i + 1 < args.length) {
        engine = args[++i];
      } else if (args[i].startsWith("--engine=")) {
        engine = args[i].substring("--engine=".length());
      }
    }
    return engine;
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
