package dev.pyrite.optim;

import ai.djl.ndarray.NDArray;
import java.util.function.Function;

/**
 * Adadelta (Zeiler), torch's {@code Adadelta}: {@code s = rho s + (1 - rho) g^2}, {@code d = sqrt(u
 * + eps) / sqrt(s + eps) * g}, {@code u = rho u + (1 - rho) d^2}, {@code w -= lr d}, with {@code
 * weightDecay} added to the gradient. Reads {@code lr} (default 1), {@code rho} (0.9), {@code eps}
 * (1e-6), {@code weightDecay} (0).
 *
 * <pre>{@code
 * PyroOptimizer opt = new Adadelta(OptimArgs.lr(0.01));
 * }</pre>
 */
public final class Adadelta extends ParamOptimizer {
  /**
   * Adadelta with the same options for every param.
   *
   * @param args the options
   */
  public Adadelta(OptimArgs args) {
    this(name -> args);
  }

  /**
   * Adadelta with per-param options.
   *
   * @param argsFor the options of each param, by name
   */
  public Adadelta(Function<String, OptimArgs> argsFor) {
    super("Adadelta", argsFor);
  }

  @Override
  protected double defaultLr() {
    return 1.0;
  }

  @Override
  protected int stateSize(OptimArgs args) {
    return 2;
  }

  @Override
  protected void apply(
      OptimArgs args, double lr, NDArray weight, NDArray grad, NDArray[] state, long t) {
    double wd = OptimArgs.or(args.weightDecay(), 0);
    NDArray g = wd == 0 ? grad : grad.add(weight.mul(wd));
    double rho = OptimArgs.or(args.rho(), 0.9);
    double eps = OptimArgs.or(args.eps(), 1e-6);
    state[0].muli(rho).addi(g.square().mul(1 - rho));
    NDArray d = state[1].add(eps).sqrt().div(state[0].add(eps).sqrt()).mul(g);
    state[1].muli(rho).addi(d.square().mul(1 - rho));
    weight.subi(d.mul(lr));
  }
}
