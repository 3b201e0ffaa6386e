package dev.pyrite.engine.jvm;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DJL's {@code Adam}, {@code AdamW} and {@code Sgd} on the Jvm engine against the update rules
 * computed here in plain doubles. The hyper-parameters are floats that are exact in binary, so the
 * only rounding DJL adds is its float bias-corrected learning rate, which the reference mimics.
 */
class OptimizerUpdateTest {
  private static final float LR = 0.0625f;
  private static final float BETA1 = 0.875f;
  private static final float BETA2 = 0.998046875f;
  private static final float EPS = 0x1.0p-20f;
  private static final double[] W0 = {0.5, -1.25, 2};
  private static final double[] TARGET = {1, 0.5, -3};
  private NDManager m;

  @BeforeEach
  void open() {
    m = Engine.getEngine("Jvm").newBaseManager();
  }

  @AfterEach
  void close() {
    m.close();
  }

  /** The gradient of sum((w - target)^2 * (i + 1)), so each coordinate moves at its own pace. */
  private static double[] gradient(double[] w) {
    double[] g = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      g[i] = 2 * (i + 1) * (w[i] - TARGET[i]);
    }
    return g;
  }

  private double[] run(Optimizer opt, int steps) {
    NDArray w = m.create(W0.clone());
    for (int t = 0; t < steps; t++) {
      opt.update("w", w, m.create(gradient(w.toDoubleArray())));
    }
    return w.toDoubleArray();
  }

  /** Kingma and Ba, section 2: the bias correction folded into the step size, epsilon-hat. */
  private static double[] adamFolded(int steps, double wd, boolean decoupled) {
    double[] w = W0.clone();
    double[] mean = new double[w.length];
    double[] var = new double[w.length];
    for (int t = 1; t <= steps; t++) {
      double[] g = gradient(w);
      float lrT = (float) (LR * Math.sqrt(1 - Math.pow(BETA2, t)) / (1 - Math.pow(BETA1, t)));
      for (int i = 0; i < w.length; i++) {
        double gi = decoupled ? g[i] : g[i] + wd * w[i];
        mean[i] = BETA1 * mean[i] + (1 - BETA1) * gi;
        var[i] = BETA2 * var[i] + (1 - BETA2) * gi * gi;
        double decay = decoupled ? LR * wd * w[i] : 0;
        w[i] -= decay + lrT * mean[i] / (Math.sqrt(var[i]) + EPS);
      }
    }
    return w;
  }

  /** Kingma and Ba, Algorithm 1: bias-corrected moments, epsilon added to sqrt(v-hat). */
  private static double[] adamAlgorithm1(int steps) {
    double[] w = W0.clone();
    double[] mean = new double[w.length];
    double[] var = new double[w.length];
    for (int t = 1; t <= steps; t++) {
      double[] g = gradient(w);
      for (int i = 0; i < w.length; i++) {
        mean[i] = BETA1 * mean[i] + (1 - BETA1) * g[i];
        var[i] = BETA2 * var[i] + (1 - BETA2) * g[i] * g[i];
        double mHat = mean[i] / (1 - Math.pow(BETA1, t));
        double vHat = var[i] / (1 - Math.pow(BETA2, t));
        w[i] -= LR * mHat / (Math.sqrt(vHat) + EPS);
      }
    }
    return w;
  }

  private static Adam.Builder adamBuilder() {
    return Optimizer.adam()
        .optLearningRateTracker(Tracker.fixed(LR))
        .optBeta1(BETA1)
        .optBeta2(BETA2)
        .optEpsilon(EPS);
  }

  @Test
  void adamMatchesThePaper() {
    int steps = 25;
    double[] w = run(adamBuilder().build(), steps);
    assertClose(m.create(w), m.create(adamFolded(steps, 0, false)), 1e-13, 1e-15);
    // Algorithm 1 differs only in where epsilon sits (and by DJL's float learning rate)
    assertClose(m.create(w), m.create(adamAlgorithm1(steps)), 1e-5, 1e-7);
  }

  @Test
  void adamWithCoupledAndDecoupledWeightDecay() {
    double wd = 0.125;
    int steps = 10;
    Optimizer coupled = adamBuilder().optWeightDecays((float) wd).build();
    assertClose(
        m.create(run(coupled, steps)), m.create(adamFolded(steps, wd, false)), 1e-13, 1e-15);
    Optimizer decoupled =
        Optimizer.adamW()
            .optLearningRateTracker(Tracker.fixed(LR))
            .optBeta1(BETA1)
            .optBeta2(BETA2)
            .optEpsilon(EPS)
            .optWeightDecays((float) wd)
            .build();
    assertClose(
        m.create(run(decoupled, steps)), m.create(adamFolded(steps, wd, true)), 1e-13, 1e-15);
  }

  @Test
  void adamRescalesAndClipsTheGradient() {
    NDArray w = m.create(new double[] {1, -1});
    NDArray g = m.create(new double[] {8, -0.5});
    NDArray mean = w.zerosLike();
    NDArray var = w.zerosLike();
    w.getNDArrayInternal()
        .adamUpdate(
            new NDList(w, g, mean, var),
            new NDList(w),
            0.1f,
            0.5f,
            0f,
            0.5f,
            1f,
            0.5f,
            0.75f,
            0f,
            true,
            false);
    // g' = clip(0.5 g, 1) = (1, -0.25); m = 0.5 g'; v = 0.25 g'^2; w -= 0.5 m / sqrt(v)
    assertClose(mean, new double[] {0.5, -0.125}, new Shape(2), 1e-15, 0);
    assertClose(var, new double[] {0.25, 0.015625}, new Shape(2), 1e-15, 0);
    assertClose(w, new double[] {0.5, -0.5}, new Shape(2), 1e-15, 0);
  }

  @Test
  void sgdWithMomentum() {
    float lr = 0.25f;
    float momentum = 0.5f;
    Optimizer opt =
        Optimizer.sgd().setLearningRateTracker(Tracker.fixed(lr)).optMomentum(momentum).build();
    double[] actual = run(opt, 6);
    double[] w = W0.clone();
    double[] velocity = new double[w.length];
    for (int t = 0; t < 6; t++) {
      double[] g = gradient(w);
      for (int i = 0; i < w.length; i++) {
        velocity[i] = momentum * velocity[i] - lr * g[i];
        w[i] += velocity[i];
      }
    }
    assertClose(m.create(actual), m.create(w), 1e-14, 1e-15);
    Optimizer plain = Optimizer.sgd().setLearningRateTracker(Tracker.fixed(lr)).build();
    double[] once = run(plain, 1);
    double[] g = gradient(W0);
    for (int i = 0; i < once.length; i++) {
      assertEquals(W0[i] - lr * g[i], once[i], 1e-15);
    }
  }

  @Test
  void float32WeightsStayFloat32() {
    NDArray w = m.create(new float[] {0.1f, 0.2f});
    Optimizer opt = adamBuilder().build();
    opt.update("w32", w, m.create(new float[] {0.3f, -0.7f}));
    assertEquals(DataType.FLOAT32, w.getDataType());
    float[] v = w.toFloatArray();
    // the first Adam step moves each weight by about the learning rate, against the gradient
    assertEquals(0.1 - LR, v[0], 1e-5);
    assertEquals(0.2 + LR, v[1], 1e-5);
  }
}
