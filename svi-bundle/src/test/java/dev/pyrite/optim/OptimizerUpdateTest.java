package dev.pyrite.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.training.tracker.Tracker;
import dev.pyrite.Backend;
import dev.pyrite.testkit.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each optimiser's update equations against a plain-Java double-precision reference over a few
 * steps, with a gradient that depends on the weight ({@code g = 2 (w - c) + k}), so a wrong moment
 * or bias correction changes the path.
 */
class OptimizerUpdateTest {
  private static final double[] W0 = {0.5, -1.5, 2.0};
  private static final double[] C = {1.0, 0.5, -3.0};
  private static final int STEPS = 5;

  /** The gradient at step k (1-based). */
  private static double grad(double w, int i, int k) {
    return 2 * (w - C[i]) + 0.3 * k;
  }

  /** Runs an optimiser for STEPS steps and returns the weights. */
  private static float[] run(PyroOptimizer opt) {
    NDArray w = Backend.manager().create(toFloat(W0));
    for (int k = 1; k <= STEPS; k++) {
      float[] wv = w.toFloatArray();
      double[] g = new double[wv.length];
      for (int i = 0; i < g.length; i++) {
        g[i] = grad(wv[i], i, k);
      }
      opt.update("w", w, Backend.manager().create(toFloat(g)));
      opt.stepEnd(0);
    }
    return w.toFloatArray();
  }

  private static float[] toFloat(double[] d) {
    float[] f = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      f[i] = (float) d[i];
    }
    return f;
  }

  /** A reference rule: updates w (and its state) for element i at step t. */
  private interface Ref {
    double step(double w, double g, double[] s, int t);
  }

  private static float[] reference(Ref rule, int stateSize) {
    double[] w = W0.clone();
    double[][] s = new double[w.length][stateSize];
    for (int k = 1; k <= STEPS; k++) {
      for (int i = 0; i < w.length; i++) {
        // the optimised weight is float32, so the gradient sees the rounded weight
        double wf = (float) w[i];
        w[i] = rule.step(wf, (float) grad(wf, i, k), s[i], k);
      }
    }
    return toFloat(w);
  }

  private static void check(float[] expected, float[] actual) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 2e-5 * (1 + Math.abs(expected[i])), "element " + i);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void sgdWithNesterovMomentumAndWeightDecay(String engine) {
    Engines.use(engine, 0);
    double lr = 0.1;
    double mom = 0.9;
    double wd = 0.01;
    float[] actual =
        run(new Sgd(OptimArgs.lr(lr).withMomentum(mom).withNesterov(true).withWeightDecay(wd)));
    float[] expected =
        reference(
            (w, g, s, t) -> {
              double gg = g + wd * w;
              s[0] = t == 1 ? gg : mom * s[0] + gg;
              return w - lr * (gg + mom * s[0]);
            },
            1);
    check(expected, actual);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void adamMatchesDjlsEquations(String engine) {
    Engines.use(engine, 0);
    float[] actual = run(new Adam(0.05));
    float[] expected =
        reference(
            (w, g, s, t) -> {
              s[0] = 0.9 * s[0] + 0.1 * g;
              s[1] = 0.999 * s[1] + 0.001 * g * g;
              double lrt = 0.05 * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t));
              return w - lrt * s[0] / (Math.sqrt(s[1]) + 1e-8);
            },
            2);
    check(expected, actual);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void clippedAdamClampsAndDecays(String engine) {
    Engines.use(engine, 0);
    double lr = 0.05;
    double lrd = 0.9;
    double clip = 1.0;
    float[] actual = run(new ClippedAdam(OptimArgs.lr(lr).withLrd(lrd).withClipNorm(clip)));
    float[] expected =
        reference(
            (w, g, s, t) -> {
              double gg = Math.max(-clip, Math.min(clip, g));
              s[0] = 0.9 * s[0] + 0.1 * gg;
              s[1] = 0.999 * s[1] + 0.001 * gg * gg;
              double step = lr * Math.pow(lrd, t - 1) / (1 - Math.pow(0.9, t));
              double denom = Math.sqrt(s[1]) / Math.sqrt(1 - Math.pow(0.999, t)) + 1e-8;
              return w - step * s[0] / denom;
            },
            2);
    check(expected, actual);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void adamWDecouplesWeightDecay(String engine) {
    Engines.use(engine, 0);
    double lr = 0.05;
    double wd = 0.1;
    float[] actual = run(new AdamW(OptimArgs.lr(lr).withWeightDecay(wd)));
    float[] expected =
        reference(
            (w, g, s, t) -> {
              double w1 = w * (1 - lr * wd);
              s[0] = 0.9 * s[0] + 0.1 * g;
              s[1] = 0.999 * s[1] + 0.001 * g * g;
              double denom = Math.sqrt(s[1]) / Math.sqrt(1 - Math.pow(0.999, t)) + 1e-8;
              return w1 - lr / (1 - Math.pow(0.9, t)) * s[0] / denom;
            },
            2);
    check(expected, actual);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void adagradRmsPropAdadelta(String engine) {
    Engines.use(engine, 0);
    check(
        reference(
            (w, g, s, t) -> {
              s[0] += g * g;
              return w - 0.1 / (1 + (t - 1) * 0.01) * g / (Math.sqrt(s[0]) + 1e-10);
            },
            1),
        run(new Adagrad(OptimArgs.lr(0.1).withLrDecay(0.01))));
    check(
        reference(
            (w, g, s, t) -> {
              s[0] = 0.9 * s[0] + 0.1 * g * g;
              s[1] = 0.9 * s[1] + 0.1 * g;
              double denom = Math.sqrt(s[0] - s[1] * s[1]) + 1e-8;
              s[2] = 0.5 * s[2] + g / denom;
              return w - 0.01 * s[2];
            },
            3),
        run(new RmsProp(OptimArgs.lr(0.01).withAlpha(0.9).withCentered(true).withMomentum(0.5))));
    check(
        reference(
            (w, g, s, t) -> {
              s[0] = 0.9 * s[0] + 0.1 * g * g;
              double d = Math.sqrt(s[1] + 1e-6) / Math.sqrt(s[0] + 1e-6) * g;
              s[1] = 0.9 * s[1] + 0.1 * d * d;
              return w - 1.0 * d;
            },
            2),
        run(new Adadelta(OptimArgs.defaults())));
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void gradientClippingByNormAndByValue(String engine) {
    Engines.use(engine, 0);
    NDArray w = Backend.manager().create(new float[] {0, 0});
    new Sgd(OptimArgs.lr(1).withMaxGradNorm(1))
        .update("w", w, Backend.manager().create(new float[] {3, 4}));
    assertArrayEquals(new float[] {-0.6f, -0.8f}, w.toFloatArray(), 1e-5f);
    NDArray v = Backend.manager().create(new float[] {0, 0});
    new Sgd(OptimArgs.lr(1).withMaxGradValue(0.5))
        .update("v", v, Backend.manager().create(new float[] {3, -0.25f}));
    assertArrayEquals(new float[] {-0.5f, 0.25f}, v.toFloatArray(), 1e-6f);
    NDArray u = Backend.manager().create(new float[] {0, 0});
    new Sgd(OptimArgs.lr(1).withMaxGradNorm(10))
        .update("u", u, Backend.manager().create(new float[] {3, 4}));
    assertArrayEquals(new float[] {-3f, -4f}, u.toFloatArray(), 1e-5f);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void perParamOptionsAreAFunctionOfTheName(String engine) {
    Engines.use(engine, 0);
    Sgd sgd = new Sgd(name -> OptimArgs.lr(name.equals("a") ? 0.5 : 0.1));
    NDArray a = Backend.manager().create(new float[] {1});
    NDArray b = Backend.manager().create(new float[] {1});
    sgd.update("a", a, Backend.manager().create(new float[] {1}));
    sgd.update("b", b, Backend.manager().create(new float[] {1}));
    assertEquals(0.5f, a.toFloatArray()[0], 1e-6f);
    assertEquals(0.9f, b.toFloatArray()[0], 1e-6f);
  }

  @org.junit.jupiter.api.Test
  void trackerScheduleIsReadAtTheFinishedStepCount() {
    ParamOptimizer sgd =
        new Sgd(OptimArgs.lr(1))
            .withSchedule(
                LrSchedule.tracker(
                    Tracker.multiFactor()
                        .setBaseValue(0.1f)
                        .setSteps(new int[] {2, 4})
                        .optFactor(0.5f)
                        .build()));
    double[] seen = new double[6];
    for (int i = 0; i < seen.length; i++) {
      seen[i] = sgd.learningRate("w");
      sgd.stepEnd(0);
    }
    Tracker djl =
        Tracker.multiFactor().setBaseValue(0.1f).setSteps(new int[] {2, 4}).optFactor(0.5f).build();
    for (int i = 0; i < seen.length; i++) {
      assertEquals(djl.getNewValue(i), seen[i], 1e-9, "step " + i);
    }
    assertEquals(0.1, seen[0], 1e-7);
    assertEquals(0.025, seen[5], 1e-7);
  }

  @org.junit.jupiter.api.Test
  void reduceOnPlateauFollowsTorchSemantics() {
    ReduceLrOnPlateau plateau = new ReduceLrOnPlateau(0.5, 1, 0.0, 0.02);
    ParamOptimizer sgd = new Sgd(OptimArgs.lr(0.1)).withSchedule(plateau);
    // improving, then flat: the 2nd bad epoch (> patience 1) halves the rate, floor 0.02
    double[] losses = {5, 4, 4, 4, 4, 4, 4, 4, 4};
    double[] lrAfter = new double[losses.length];
    for (int i = 0; i < losses.length; i++) {
      sgd.stepEnd(losses[i]);
      lrAfter[i] = sgd.learningRate("w");
    }
    assertArrayEquals(
        new double[] {0.1, 0.1, 0.1, 0.05, 0.05, 0.025, 0.025, 0.02, 0.02}, lrAfter, 1e-12);
  }

  @org.junit.jupiter.api.Test
  void badOptionsNameTheOptionTheValueAndTheRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OptimArgs.lr(0.1).withBetas(1.2, 0.9));
    assertEquals(
        "optimizer option beta1 = 1.2 is outside [0.0, 1.0); pass a value in range",
        e.getMessage());
    IllegalArgumentException noLr =
        assertThrows(
            IllegalArgumentException.class, () -> new Sgd(OptimArgs.defaults()).options("w"));
    assertEquals(true, noLr.getMessage().contains("param \"w\" has no learning rate"));
  }
}
