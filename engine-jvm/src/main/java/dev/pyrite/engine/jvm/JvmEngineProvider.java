package dev.pyrite.engine.jvm;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineProvider;

/**
 * Registers the {@link JvmEngine} with DJL through {@code META-INF/services}, so {@code
 * Engine.getEngine("Jvm")} works on any class path that holds this jar.
 *
 * <p>Its rank ({@value JvmEngine#RANK}) is higher than every DJL engine's (MXNet 0, PyTorch 2, RPC
 * 15), and DJL picks the lowest rank as default, so this engine never becomes the default by being
 * present.
 *
 * <pre>{@code
 * NDManager m = Engine.getEngine("Jvm").newBaseManager();
 * }</pre>
 */
public final class JvmEngineProvider implements EngineProvider {
  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public JvmEngineProvider() {}

  @Override
  public String getEngineName() {
    return JvmEngine.ENGINE_NAME;
  }

  @Override
  public int getEngineRank() {
    return JvmEngine.RANK;
  }

  @Override
  public Engine getEngine() {
    return JvmEngine.instance();
  }
}
