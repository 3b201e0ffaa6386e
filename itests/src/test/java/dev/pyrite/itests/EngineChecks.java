package dev.pyrite.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;

/** Assertions that a DJL engine computes, with gradients, inside the framework. */
public final class EngineChecks {
  private static final float[] X = {1f, -2f, 3.5f};

  private EngineChecks() {}

  /**
   * Checks y = sum(x * x) and dy/dx = 2x on an engine.
   *
   * @param engine the engine
   */
  public static void assertSquareGradient(Engine engine) {
    String name = engine.getEngineName();
    try (NDManager manager = engine.newBaseManager()) {
      NDArray a = manager.create(X);
      a.setRequiresGradient(true);
      float y;
      try (GradientCollector gc = engine.newGradientCollector()) {
        NDArray sum = a.mul(a).sum();
        gc.backward(sum);
        y = sum.getFloat();
      }
      float expected = 0;
      float[] grad = new float[X.length];
      for (int i = 0; i < X.length; i++) {
        expected += X[i] * X[i];
        grad[i] = 2 * X[i];
      }
      assertEquals(name, expected, y, 1e-5f);
      assertArrayEquals(name, grad, a.getGradient().toFloatArray(), 1e-5f);
    }
  }
}
