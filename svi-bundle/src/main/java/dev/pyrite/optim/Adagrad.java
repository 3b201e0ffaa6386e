package dev.pyrite.optim;

import ai.djl.ndarray.NDArray;
import java.util.function.Function;

/**
 * Adagrad (Duchi et al.), torch's {@code Adagrad}: {@code s += g^2}, {@code w -= lr / (1 + (t - 1)
 * lrDecay) * g / (sqrt(s) + eps)}, with {@code weightDecay} added to the gradient. Reads {@code lr}
 * (default 0.01), {@code lrDecay} (0), {@code weightDecay} (0), {@code initialAccumulator} (0),
 * {@code eps} (1e-10).
 *
 * <pre>{@code
 * PyroOptimizer opt = new Adagrad(OptimArgs.lr(0.01));
 * }</pre>
 */
public final class Adagrad extends ParamOptimizer {
  /**
   * Adagrad with the same options for every param.
   *
   * @param args the options
   */
  public Adagrad(OptimArgs args) {
    this(name -> args);
  }

  /**
   * Adagrad with per-param options.
   *
   * @param argsFor the options of each param, by name
   */
  public Adagrad(Function<String, OptimArgs> argsFor) {
    super("Adagrad", argsFor);
  }

  @Override
  protected double defaultLr() {
    return 0.01;
  }

  @Override
  protected int stateSize(OptimArgs args) {
    return 1;
  }

  @Override
  protected double initialState(OptimArgs args, int index) {
    return OptimArgs.or(args.initialAccumulator(), 0);
  }

  @Override
  protected void apply(
      OptimArgs args, double lr, NDArray weight, NDArray grad, NDArray[] state, long t) {
    double wd = OptimArgs.or(args.weightDecay(), 0);
    NDArray g = wd == 0 ? grad : grad.add(weight.mul(wd));
    double clr = lr / (1 + (t - 1) * OptimArgs.or(args.lrDecay(), 0));
    state[0].addi(g.square());
    weight.subi(g.div(state[0].sqrt().add(OptimArgs.or(args.eps(), 1e-10))).mul(clr));
  }
}
