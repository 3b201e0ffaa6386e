package dev.pyrite.optim;

import ai.djl.ndarray.NDArray;
import java.util.function.Function;

/**
 * Pyro's {@code ClippedAdam}: each gradient element is clamped to {@code [-clipNorm, clipNorm]} (an
 * elementwise clamp, despite the name, as in Pyro), an L2 {@code weightDecay} is added, then an
 * Adam step is taken with a learning rate that decays by {@code lrd} per update: {@code lr *
 * lrd^(t-1)} at a param's {@code t}-th update. Reads {@code lr} (default 0.001), {@code
 * beta1}/{@code beta2} (0.9, 0.999), {@code eps} (1e-8), {@code weightDecay} (0), {@code clipNorm}
 * (10), {@code lrd} (1).
 *
 * <pre>{@code
 * PyroOptimizer opt = new ClippedAdam(OptimArgs.lr(0.05).withLrd(0.999).withClipNorm(5));
 * }</pre>
 */
public final class ClippedAdam extends ParamOptimizer {
  /**
   * ClippedAdam with the same options for every param.
   *
   * @param args the options
   */
  public ClippedAdam(OptimArgs args) {
    this(name -> args);
  }

  /**
   * ClippedAdam with per-param options.
   *
   * @param argsFor the options of each param, by name
   */
  public ClippedAdam(Function<String, OptimArgs> argsFor) {
    super("ClippedAdam", argsFor);
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
    double clip = OptimArgs.or(args.clipNorm(), 10.0);
    NDArray g = grad.clip(-clip, clip);
    double wd = OptimArgs.or(args.weightDecay(), 0);
    if (wd != 0) {
      g = g.add(weight.mul(wd));
    }
    double decayed = lr * Math.pow(OptimArgs.or(args.lrd(), 1.0), t - 1);
    AdamRule.step(args, decayed, weight, g, state, t);
  }
}
