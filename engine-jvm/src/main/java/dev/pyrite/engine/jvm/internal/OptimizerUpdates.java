package dev.pyrite.engine.jvm.internal;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;

/**
 * The fused optimiser steps DJL's {@code Adam} and {@code Sgd} call through {@code NDArrayEx}, in
 * place on the weight and state arrays, in MXNet's form (the default engine): the gradient is
 * rescaled, weight decay {@code wd * w} is added (except for AdamW, which decays the weight
 * directly), then it is clipped to {@code [-clip, clip]} when {@code clip > 0}.
 *
 * <p>Adam's step is {@code w -= lrCorrected * m / (sqrt(v) + eps)} with {@code lrCorrected = lr
 * sqrt(1 - beta2^t) / (1 - beta1^t)} computed by DJL (Kingma and Ba's Algorithm 1 in the form of
 * their section 2). SGD with momentum is {@code s = momentum * s - lr * g; w += s}.
 */
final class OptimizerUpdates {
  private OptimizerUpdates() {}

  /** The gradient transform shared by the updates. */
  private record GradientTransform(double rescale, double weightDecay, double clip) {
    double apply(double g, double w) {
      double r = rescale * g + weightDecay * w;
      return clip > 0 ? Math.max(-clip, Math.min(clip, r)) : r;
    }
  }

  static void adam(
      NDList inputs,
      NDList weights,
      float learningRate,
      float learningRateBiasCorrection,
      float weightDecay,
      float rescaleGrad,
      float clipGrad,
      float beta1,
      float beta2,
      float epsilon,
      boolean adamw) {
    JvmArray weight = arg(inputs, 0, 4, "adamUpdate");
    double[] w = weight.data();
    double[] g = sameSize(arg(inputs, 1, 4, "adamUpdate"), w, "gradient").data();
    double[] mean = sameSize(arg(inputs, 2, 4, "adamUpdate"), w, "mean").data();
    double[] var = sameSize(arg(inputs, 3, 4, "adamUpdate"), w, "variance").data();
    GradientTransform t = new GradientTransform(rescaleGrad, adamw ? 0 : weightDecay, clipGrad);
    double decay = adamw ? (double) learningRate * weightDecay : 0;
    boolean single = weight.dtype() == DataType.FLOAT32;
    for (int i = 0; i < w.length; i++) {
      double gi = t.apply(g[i], w[i]);
      double mi = beta1 * mean[i] + (1 - (double) beta1) * gi;
      double vi = beta2 * var[i] + (1 - (double) beta2) * gi * gi;
      double wi = w[i] - decay * w[i] - learningRateBiasCorrection * mi / (Math.sqrt(vi) + epsilon);
      mean[i] = single ? (float) mi : mi;
      var[i] = single ? (float) vi : vi;
      w[i] = single ? (float) wi : wi;
    }
    copyBack(weight, weights);
  }

  static void sgd(
      NDList inputs,
      NDList weights,
      float learningRate,
      float weightDecay,
      float rescaleGrad,
      float clipGrad,
      float momentum) {
    int expected = momentum != 0 ? 3 : 2;
    JvmArray weight = arg(inputs, 0, expected, "sgdUpdate");
    double[] w = weight.data();
    double[] g = sameSize(arg(inputs, 1, expected, "sgdUpdate"), w, "gradient").data();
    double[] state =
        momentum != 0
            ? sameSize(arg(inputs, 2, expected, "sgdUpdate"), w, "momentum").data()
            : null;
    GradientTransform t = new GradientTransform(rescaleGrad, weightDecay, clipGrad);
    boolean single = weight.dtype() == DataType.FLOAT32;
    for (int i = 0; i < w.length; i++) {
      double step = -(double) learningRate * t.apply(g[i], w[i]);
      if (state != null) {
        step += momentum * state[i];
        state[i] = single ? (float) step : step;
      }
      double wi = w[i] + step;
      w[i] = single ? (float) wi : wi;
    }
    copyBack(weight, weights);
  }

  private static JvmArray arg(NDList inputs, int i, int expected, String op) {
    if (inputs.size() != expected) {
      throw new IllegalArgumentException(
          op + " needs " + expected + " input arrays, got " + inputs.size());
    }
    return JvmArray.cast(inputs.get(i), "NDArrayEx." + op);
  }

  private static JvmArray sameSize(JvmArray a, double[] w, String what) {
    if (a.data().length != w.length) {
      throw new IllegalArgumentException(
          "optimizer update: the "
              + what
              + " has "
              + a.data().length
              + " values, the weight "
              + w.length);
    }
    return a;
  }

  /** DJL passes the weight again as the output; copy the result there if it is another array. */
  private static void copyBack(JvmArray weight, NDList outputs) {
    for (int i = 0; i < outputs.size(); i++) {
      JvmArray out = JvmArray.cast(outputs.get(i), "optimizer update output");
      if (out != weight) {
        double[] w = sameSize(out, weight.data(), "output").data();
        System.arraycopy(Values.fit(weight.data().clone(), out.dtype()), 0, w, 0, w.length);
      }
    }
  }
}
