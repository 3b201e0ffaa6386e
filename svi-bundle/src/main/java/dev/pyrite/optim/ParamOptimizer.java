package dev.pyrite.optim;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Scope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The base of Pyrite's optimisers: one update rule applied to each param by name, with the state
 * (moments, accumulators, update count) kept here so that it can be {@link #state() checkpointed}.
 *
 * <p>As in Pyro, options are per param: a function of the param name, called once, when the param
 * is first updated. Each step a param's gradient is first clipped ({@link
 * OptimArgs#maxGradValue()}, then {@link OptimArgs#maxGradNorm()}, both per param as torch's {@code
 * clip_grad_value_} / {@code clip_grad_norm_}), then the rule runs with the learning rate the
 * {@link LrSchedule} gives for the step. SVI calls {@link #stepEnd} after each step.
 *
 * <p>The update rules are written with engine-neutral elementwise ops (so every optimiser works on
 * MXNet, PyTorch and the JVM engine); {@link Adam} uses the fused DJL kernel DJL's own Adam calls.
 *
 * <pre>{@code
 * ParamOptimizer opt = new Sgd(name -> OptimArgs.lr(name.equals("w") ? 0.1 : 0.01).withMomentum(0.9))
 *     .withSchedule(new ReduceLrOnPlateau(0.5, 5, 1e-4, 1e-4).window(50));
 * }</pre>
 */
public abstract class ParamOptimizer extends PyroOptimizer {
  private final String kind;
  private final Function<String, OptimArgs> argsFor;
  private final Map<String, Slot> slots = new LinkedHashMap<>();
  private LrSchedule schedule = LrSchedule.constant();
  private long steps;

  /** One param's options and state. */
  private static final class Slot {
    final OptimArgs args;
    final NDArray[] state;
    long count;

    Slot(OptimArgs args, NDArray[] state, long count) {
      this.args = args;
      this.state = state;
      this.count = count;
    }

    boolean fits(NDArray weight) {
      for (NDArray s : state) {
        if (s.isReleased() || !s.getShape().equals(weight.getShape())) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Creates the optimiser.
   *
   * @param kind its name, used in messages and checkpoints
   * @param argsFor the options of each param, by name
   */
  protected ParamOptimizer(String kind, Function<String, OptimArgs> argsFor) {
    if (argsFor == null) {
      throw new IllegalArgumentException(kind + ": the per-param options function is null");
    }
    this.kind = kind;
    this.argsFor = argsFor;
  }

  /**
   * Sets the learning-rate schedule (default: {@link LrSchedule#constant()}).
   *
   * @param s the schedule
   * @return this
   */
  public ParamOptimizer withSchedule(LrSchedule s) {
    if (s == null) {
      throw new IllegalArgumentException(kind + ": schedule is null; use LrSchedule.constant()");
    }
    this.schedule = s;
    return this;
  }

  /**
   * The schedule.
   *
   * @return the schedule
   */
  public LrSchedule schedule() {
    return schedule;
  }

  /**
   * The optimiser's name.
   *
   * @return e.g. {@code "Adam"}
   */
  public String kind() {
    return kind;
  }

  /**
   * How many steps finished ({@link #stepEnd} calls).
   *
   * @return the step count
   */
  public long stepCount() {
    return steps;
  }

  /**
   * The learning rate the next step gives a param.
   *
   * @param param the param name
   * @return the scheduled learning rate
   */
  public double learningRate(String param) {
    return schedule.learningRate(param, baseLr(param, options(param)), steps);
  }

  /**
   * A param's options, as the options function gave them (resolved once per param).
   *
   * @param param the param name
   * @return its options
   */
  public OptimArgs options(String param) {
    Slot s = slots.get(param);
    return s != null ? s.args : checked(param);
  }

  @Override
  public final void update(String name, NDArray weight, NDArray gradient) {
    Slot slot = slots.get(name);
    if (slot == null || !slot.fits(weight)) {
      OptimArgs args = checked(name);
      slot = new Slot(args, newState(args, weight), 0);
      slots.put(name, slot);
    }
    NDArray g = clip(slot.args, gradient);
    slot.count++;
    double lr = schedule.learningRate(name, baseLr(name, slot.args), steps);
    apply(slot.args, lr, weight, g, slot.state, slot.count);
  }

  @Override
  public void stepEnd(double loss) {
    schedule.stepEnd(steps, loss);
    steps++;
  }

  @Override
  public OptimizerState state() {
    Map<String, OptimizerState.ParamState> params = new LinkedHashMap<>();
    for (Map.Entry<String, Slot> e : slots.entrySet()) {
      params.put(
          e.getKey(),
          new OptimizerState.ParamState(e.getValue().count, List.of(e.getValue().state)));
    }
    return new OptimizerState(
        kind,
        steps,
        Collections.unmodifiableMap(params),
        Collections.unmodifiableMap(new LinkedHashMap<>(schedule.state())));
  }

  /**
   * {@inheritDoc} The state's arrays become this optimiser's (they are not copied). Everything is
   * checked before anything changes.
   */
  @Override
  public void restore(OptimizerState state) {
    if (!kind.equals(state.optimizer())) {
      throw new IllegalArgumentException(
          "checkpoint holds the state of a "
              + state.optimizer()
              + " optimizer, this is a "
              + kind
              + "; restore it into a "
              + state.optimizer());
    }
    Map<String, Slot> next = new LinkedHashMap<>();
    for (Map.Entry<String, OptimizerState.ParamState> e : state.params().entrySet()) {
      OptimArgs args = checked(e.getKey());
      int expected = stateSize(args);
      List<NDArray> arrays = e.getValue().arrays();
      if (arrays.size() != expected) {
        throw new IllegalArgumentException(
            kind
                + ": checkpoint state of param \""
                + e.getKey()
                + "\" has "
                + arrays.size()
                + " arrays, this optimizer's options need "
                + expected
                + "; restore with the options it was saved with");
      }
      next.put(e.getKey(), new Slot(args, arrays.toArray(new NDArray[0]), e.getValue().count()));
    }
    schedule.restore(state.schedule());
    for (Slot s : next.values()) {
      Arrays.stream(s.state).forEach(Scope::escape);
    }
    slots.clear();
    slots.putAll(next);
    steps = state.steps();
  }

  /**
   * The learning rate this optimiser uses when the options set none.
   *
   * @return the default, or {@code NaN} when a learning rate is required
   */
  protected abstract double defaultLr();

  /**
   * How many state arrays (each of the weight's shape) the rule keeps for a param.
   *
   * @param args the param's options
   * @return the count
   */
  protected abstract int stateSize(OptimArgs args);

  /**
   * The initial value of a state array.
   *
   * @param args the param's options
   * @param index which state array
   * @return its initial fill value (0 unless overridden)
   */
  protected double initialState(OptimArgs args, int index) {
    return 0;
  }

  /**
   * One update of one param, in place on {@code weight} and {@code state}.
   *
   * @param args the param's options
   * @param lr the learning rate for this step
   * @param weight the unconstrained weight
   * @param grad the clipped gradient
   * @param state the state arrays
   * @param t the 1-based update count of this param
   */
  protected abstract void apply(
      OptimArgs args, double lr, NDArray weight, NDArray grad, NDArray[] state, long t);

  private OptimArgs checked(String name) {
    OptimArgs args = argsFor.apply(name);
    if (args == null) {
      throw new IllegalArgumentException(
          kind + ": the options function returned null for param \"" + name + "\"");
    }
    baseLr(name, args);
    return args;
  }

  private double baseLr(String name, OptimArgs args) {
    double lr = OptimArgs.or(args.lr(), defaultLr());
    if (Double.isNaN(lr)) {
      throw new IllegalArgumentException(
          kind
              + ": param \""
              + name
              + "\" has no learning rate (lr unset, no default); pass OptimArgs.lr(0.01) or similar");
    }
    return lr;
  }

  private NDArray[] newState(OptimArgs args, NDArray weight) {
    List<NDArray> state = new ArrayList<>();
    for (int i = 0; i < stateSize(args); i++) {
      NDArray s = weight.zerosLike().stopGradient();
      double init = initialState(args, i);
      if (init != 0) {
        s.addi(init);
      }
      state.add(Scope.escape(s));
    }
    return state.toArray(new NDArray[0]);
  }

  private static NDArray clip(OptimArgs args, NDArray gradient) {
    NDArray g = gradient;
    if (!Double.isNaN(args.maxGradValue())) {
      g = g.clip(-args.maxGradValue(), args.maxGradValue());
    }
    if (!Double.isNaN(args.maxGradNorm())) {
      NDArray norm = g.square().sum().sqrt();
      NDArray coef = norm.add(1e-6).pow(-1).mul(args.maxGradNorm()).minimum(1);
      g = g.mul(coef);
    }
    return g;
  }
}
