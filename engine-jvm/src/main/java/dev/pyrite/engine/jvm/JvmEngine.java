package dev.pyrite.engine.jvm;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.pyrite.engine.jvm.internal.JvmManager;
import dev.pyrite.engine.jvm.internal.autograd.JvmGradientCollector;

/**
 * The Jvm engine: dense arrays on the Java heap, computed in plain Java, with reverse-mode autograd
 * (DJL's {@code setRequiresGradient}, {@code GradientCollector.backward}, {@code getGradient}).
 * Operations it does not implement throw {@link UnsupportedOperationException} naming the
 * operation; it never falls back to another engine. Random draws come from one engine-wide stream
 * that {@link #setRandomSeed} restarts, so a seeded run repeats exactly.
 *
 * <pre>{@code
 * Engine jvm = Engine.getEngine("Jvm");
 * try (NDManager m = jvm.newBaseManager(); GradientCollector gc = jvm.newGradientCollector()) {
 *   NDArray x = m.create(3.0);
 *   x.setRequiresGradient(true);
 *   gc.backward(x.mul(x));
 *   x.getGradient().getDouble(); // 6.0
 * }
 * }</pre>
 */
public final class JvmEngine extends Engine {
  /** The engine name users pass to DJL and to Pyrite's {@code --engine}. */
  public static final String ENGINE_NAME = "Jvm";

  /** DJL rank: above MXNet (0), PyTorch (2) and RPC (15), so never the default by presence. */
  public static final int RANK = 20;

  private static final JvmEngine INSTANCE = new JvmEngine();

  private JvmEngine() {}

  /**
   * The engine singleton.
   *
   * @return the engine
   */
  public static JvmEngine instance() {
    return INSTANCE;
  }

  @Override
  public Engine getAlternativeEngine() {
    return null;
  }

  @Override
  public String getEngineName() {
    return ENGINE_NAME;
  }

  @Override
  public int getRank() {
    return RANK;
  }

  @Override
  public String getVersion() {
    String v = JvmEngine.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0" : v;
  }

  @Override
  public boolean hasCapability(String capability) {
    return false;
  }

  @Override
  public Model newModel(String name, Device device) {
    throw new UnsupportedOperationException("Jvm engine does not implement Engine.newModel");
  }

  @Override
  public NDManager newBaseManager() {
    return JvmManager.system().newSubManager();
  }

  @Override
  public NDManager newBaseManager(Device device) {
    return JvmManager.system().newSubManager(device);
  }

  @Override
  public GradientCollector newGradientCollector() {
    return new JvmGradientCollector();
  }

  @Override
  public void setRandomSeed(int seed) {
    super.setRandomSeed(seed);
    JvmManager.seed(seed);
  }
}
