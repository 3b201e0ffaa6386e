package dev.pyrite.optim;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

/**
 * Adam (Kingma and Ba) from DJL's optimisers, with torch's defaults (betas 0.9, 0.999; eps 1e-8).
 *
 * <pre>{@code
 * PyroOptimizer adam = new Adam(0.05);
 * }</pre>
 */
public final class Adam extends PyroOptimizer {
  /**
   * Adam with a fixed learning rate.
   *
   * @param learningRate the learning rate, positive
   */
  public Adam(double learningRate) {
    this(learningRate, 0.9, 0.999, 1e-8);
  }

  /**
   * Adam with all settings.
   *
   * @param learningRate the learning rate, positive
   * @param beta1 the first-moment decay
   * @param beta2 the second-moment decay
   * @param epsilon the denominator offset
   */
  public Adam(double learningRate, double beta1, double beta2, double epsilon) {
    super(build(learningRate, beta1, beta2, epsilon));
  }

  private static Optimizer build(double lr, double beta1, double beta2, double epsilon) {
    if (!(lr > 0)) {
      throw new IllegalArgumentException("Adam learning rate must be positive, got " + lr);
    }
    return Optimizer.adam()
        .optLearningRateTracker(Tracker.fixed((float) lr))
        .optBeta1((float) beta1)
        .optBeta2((float) beta2)
        .optEpsilon((float) epsilon)
        .build();
  }
}
