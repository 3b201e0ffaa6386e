package dev.pyrite.optim;

import ai.djl.ndarray.NDArray;
import java.util.function.Function;

/**
 * AdamW (Loshchilov and Hutter), torch's {@code AdamW}: Adam with the weight decay decoupled from
 * the gradient, {@code w *= 1 - lr * weightDecay}, then {@code w -= lr * mHat / (sqrt(vHat) +
 * eps)}. Reads {@code lr} (default 0.001), {@code beta1}/{@code beta2} (0.9, 0.999), {@code eps}
 * (1e-8), {@code weightDecay} (0.01).
 *
 * <pre>{@code
 * PyroOptimizer opt = new AdamW(OptimArgs.lr(0.01).withWeightDecay(0.05));
 * }</pre>
 */
public final class AdamW extends ParamOptimizer {
  /**
   * AdamW with the same options for every param.
   *
   * @param args the options
   */
  public AdamW(OptimArgs args) {
    this(name -> args);
  }

  /**
   * AdamW with per-param options.
   *
   * @param argsFor the options of each param, by name
   */
  public AdamW(Function<String, OptimArgs> argsFor) {
    super("AdamW", argsFor);
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
    double wd = OptimArgs.or(args.weightDecay(), 0.01);
    if (wd != 0) {
      weight.muli(1 - lr * wd);
    }
    AdamRule.step(args, lr, weight, grad, state, t);
  }
}
