package dev.pyrite.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import java.util.function.Function;

/**
 * Adam (Kingma and Ba), through the fused kernel DJL's own {@code Adam} calls ({@code
 * NDArrayEx.adamUpdate}, on every engine), with the state kept by Pyrite so it can be checkpointed.
 * Reads {@code lr} (default 0.001), {@code beta1}/{@code beta2} (0.9, 0.999), {@code eps} (1e-8)
 * and {@code weightDecay} (0, an L2 term added to the gradient). The step is DJL's: {@code w -= lr
 * sqrt(1 - beta2^t) / (1 - beta1^t) * m / (sqrt(v) + eps)}.
 *
 * <pre>{@code
 * PyroOptimizer adam = new Adam(0.05);
 * PyroOptimizer perParam = new Adam(name -> OptimArgs.lr(name.startsWith("loc") ? 0.05 : 0.01));
 * }</pre>
 */
public final class Adam extends ParamOptimizer {
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
    this(OptimArgs.lr(checkLr(learningRate)).withBetas(beta1, beta2).withEps(epsilon));
  }

  /**
   * Adam with the same options for every param.
   *
   * @param args the options
   */
  public Adam(OptimArgs args) {
    this(name -> args);
  }

  /**
   * Adam with per-param options.
   *
   * @param argsFor the options of each param, by name
   */
  public Adam(Function<String, OptimArgs> argsFor) {
    super("Adam", argsFor);
  }

  private static double checkLr(double lr) {
    if (!(lr > 0)) {
      throw new IllegalArgumentException("Adam learning rate must be positive, got " + lr);
    }
    return lr;
  }

  @Override
  protected double defaultLr() {
    return 0.001;
  }

  @Override
  protected int stateSize(OptimArgs args) {
    return 2;
  }

  @Override
  protected void apply(
      OptimArgs args, double lr, NDArray weight, NDArray grad, NDArray[] state, long t) {
    double b1 = OptimArgs.or(args.beta1(), 0.9);
    double b2 = OptimArgs.or(args.beta2(), 0.999);
    double corrected = lr * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t));
    weight
        .getNDArrayInternal()
        .adamUpdate(
            new NDList(weight, grad, state[0], state[1]),
            new NDList(weight),
            (float) lr,
            (float) corrected,
            (float) OptimArgs.or(args.weightDecay(), 0),
            1f,
            -1f,
            (float) b1,
            (float) b2,
            (float) OptimArgs.or(args.eps(), 1e-8),
            true,
            false);
  }
}
