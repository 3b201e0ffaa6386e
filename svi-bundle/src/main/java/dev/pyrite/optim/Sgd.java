package dev.pyrite.optim;

import ai.djl.ndarray.NDArray;
import java.util.function.Function;

/**
 * Stochastic gradient descent, torch's {@code SGD}: with {@code weightDecay} (0) added to the
 * gradient, optional {@code momentum} (0) with {@code dampening} (0) and {@code nesterov} (false):
 * {@code b = g} at the first update, then {@code b = momentum b + (1 - dampening) g}; the step is
 * {@code w -= lr * (nesterov ? g + momentum b : b)}. {@code lr} is required.
 *
 * <pre>{@code
 * PyroOptimizer opt = new Sgd(OptimArgs.lr(0.01));
 * }</pre>
 */
public final class Sgd extends ParamOptimizer {
  /**
   * Sgd with the same options for every param.
   *
   * @param args the options
   */
  public Sgd(OptimArgs args) {
    this(name -> args);
  }

  /**
   * Sgd with per-param options.
   *
   * @param argsFor the options of each param, by name
   */
  public Sgd(Function<String, OptimArgs> argsFor) {
    super("Sgd", argsFor);
  }

  @Override
  protected double defaultLr() {
    return Double.NaN;
  }

  @Override
  protected int stateSize(OptimArgs args) {
    return OptimArgs.or(args.momentum(), 0) != 0 ? 1 : 0;
  }

  @Override
  protected void apply(
      OptimArgs args, double lr, NDArray weight, NDArray grad, NDArray[] state, long t) {
    double wd = OptimArgs.or(args.weightDecay(), 0);
    NDArray g = wd == 0 ? grad : grad.add(weight.mul(wd));
    double mom = OptimArgs.or(args.momentum(), 0);
    if (mom != 0) {
      NDArray b = state[0];
      if (t == 1) {
        b.muli(0).addi(g);
      } else {
        b.muli(mom).addi(g.mul(1 - OptimArgs.or(args.dampening(), 0)));
      }
      g = OptimArgs.or(args.nesterov(), false) ? g.add(b.mul(mom)) : b;
    }
    weight.subi(g.mul(lr));
  }
}
