package dev.pyrite.optim;

import ai.djl.ndarray.NDArray;
import java.util.function.Function;

/**
 * RMSProp (Hinton), torch's {@code RMSprop}: {@code s = alpha s + (1 - alpha) g^2}; centred: also
 * {@code a = alpha a + (1 - alpha) g} and the denominator {@code sqrt(s - a^2) + eps}, else {@code
 * sqrt(s) + eps}; with {@code momentum} {@code b = momentum b + g / denom}, {@code w -= lr b}, else
 * {@code w -= lr g / denom}. Reads {@code lr} (default 0.01), {@code alpha} (0.99), {@code eps}
 * (1e-8), {@code weightDecay} (0), {@code momentum} (0), {@code centered} (false). State order:
 * {@code s}, then {@code a} (centred), then {@code b} (momentum).
 *
 * <pre>{@code
 * PyroOptimizer opt = new RmsProp(OptimArgs.lr(0.01));
 * }</pre>
 */
public final class RmsProp extends ParamOptimizer {
  /**
   * RmsProp with the same options for every param.
   *
   * @param args the options
   */
  public RmsProp(OptimArgs args) {
    this(name -> args);
  }

  /**
   * RmsProp with per-param options.
   *
   * @param argsFor the options of each param, by name
   */
  public RmsProp(Function<String, OptimArgs> argsFor) {
    super("RmsProp", argsFor);
  }

  @Override
  protected double defaultLr() {
    return 0.01;
  }

  @Override
  protected int stateSize(OptimArgs args) {
    return (OptimArgs.or(args.momentum(), 0) != 0 ? 1 : 0)
        + (OptimArgs.or(args.centered(), false) ? 1 : 0)
        + 1;
  }

  @Override
  protected void apply(
      OptimArgs args, double lr, NDArray weight, NDArray grad, NDArray[] state, long t) {
    double wd = OptimArgs.or(args.weightDecay(), 0);
    NDArray g = wd == 0 ? grad : grad.add(weight.mul(wd));
    double alpha = OptimArgs.or(args.alpha(), 0.99);
    double eps = OptimArgs.or(args.eps(), 1e-8);
    boolean centered = OptimArgs.or(args.centered(), false);
    NDArray s = state[0];
    s.muli(alpha).addi(g.square().mul(1 - alpha));
    NDArray denom;
    if (centered) {
      state[1].muli(alpha).addi(g.mul(1 - alpha));
      denom = s.sub(state[1].square()).sqrt().add(eps);
    } else {
      denom = s.sqrt().add(eps);
    }
    double mom = OptimArgs.or(args.momentum(), 0);
    if (mom != 0) {
      NDArray b = state[centered ? 2 : 1];
      b.muli(mom).addi(g.div(denom));
      weight.subi(b.mul(lr));
    } else {
      weight.subi(g.div(denom).mul(lr));
    }
  }
}
