package dev.pyrite;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;

/**
 * The tensor backend: which DJL engine computes, the root {@link NDManager} every Pyrite array
 * descends from, the default dtype, gradient collection and seeding.
 *
 * <p>The engine is DJL's default engine ({@code ai.djl.default_engine}, MXNet in Pyrite's runtime)
 * unless {@link #use(String)} picks another one.
 *
 * <pre>{@code
 * Backend.use("PyTorch");
 * Backend.seed(0);
 * NDArray x = Backend.manager().create(new float[] {1, 2, 3});
 * }</pre>
 */
public final class Backend {
  private static volatile Engine engine;
  private static volatile NDManager root;
  private static volatile DataType dtype = DataType.FLOAT32;

  private Backend() {}

  /**
   * The engine in use.
   *
   * @return the engine
   */
  public static Engine engine() {
    Engine e = engine;
    if (e == null) {
      synchronized (Backend.class) {
        if (engine == null) {
          engine = Engine.getInstance();
        }
        e = engine;
      }
    }
    return e;
  }

  /**
   * Switches to another engine. Arrays made by the previous engine must not be mixed with new ones,
   * so the global param store is cleared.
   *
   * @param engineName a DJL engine name, e.g. {@code "MXNet"} or {@code "PyTorch"}
   * @throws IllegalArgumentException when the engine is not available
   */
  public static synchronized void use(String engineName) {
    if (!Engine.hasEngine(engineName)) {
      throw new IllegalArgumentException(
          "no DJL engine named " + engineName + "; available: " + Engine.getAllEngines());
    }
    Engine next = Engine.getEngine(engineName);
    if (next == engine) {
      return;
    }
    ParamStore.global().clear();
    engine = next;
    root = null;
  }

  /**
   * The root manager of the current engine; every long-lived Pyrite array is attached to it or to a
   * sub-manager of it.
   *
   * @return the root manager
   */
  public static NDManager manager() {
    NDManager m = root;
    if (m == null) {
      synchronized (Backend.class) {
        if (root == null) {
          root = engine().newBaseManager();
        }
        m = root;
      }
    }
    return m;
  }

  /**
   * The floating-point dtype new constants are created with.
   *
   * @return float32 by default
   */
  public static DataType dtype() {
    return dtype;
  }

  /**
   * Selects the dtype of new constants.
   *
   * @param type {@link DataType#FLOAT32} or {@link DataType#FLOAT64}
   */
  public static void setDtype(DataType type) {
    if (type != DataType.FLOAT32 && type != DataType.FLOAT64) {
      throw new IllegalArgumentException("dtype must be FLOAT32 or FLOAT64, got " + type);
    }
    dtype = type;
  }

  /**
   * A scalar constant in the default dtype.
   *
   * @param value the value
   * @return a 0-dimensional array
   */
  public static NDArray scalar(double value) {
    NDManager m = manager();
    return dtype == DataType.FLOAT64 ? m.create(value) : m.create((float) value);
  }

  /**
   * Starts recording operations for autograd.
   *
   * @return a collector to close after {@code backward}
   */
  public static GradientCollector newGradientCollector() {
    return engine().newGradientCollector();
  }

  /**
   * Seeds the engine's random generator, so runs are reproducible.
   *
   * @param seed the seed
   */
  public static void seed(long seed) {
    engine().setRandomSeed((int) (seed ^ (seed >>> 32)));
  }

  /**
   * How many arrays are alive under the root manager; flat over many steps when no step leaks.
   *
   * @return the live-array count
   */
  public static int liveArrays() {
    return manager().getManagedArrays().size();
  }
}
