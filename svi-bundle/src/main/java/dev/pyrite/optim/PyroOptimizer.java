package dev.pyrite.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.training.optimizer.Optimizer;

/**
 * Applies an optimiser to params by name, Pyro's {@code PyroOptim}. This base class wraps any DJL
 * {@link Optimizer} (its state then lives inside DJL and cannot be checkpointed); the classes of
 * this package ({@link Adam}, {@link Sgd}, {@link ClippedAdam}, ...) extend {@link ParamOptimizer},
 * which keeps the state itself, takes per-param options, schedules and gradient clipping, and can
 * be checkpointed.
 *
 * <pre>{@code
 * PyroOptimizer sgd = new PyroOptimizer(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.1f)).build());
 * }</pre>
 */
public class PyroOptimizer {
  private final Optimizer optimizer;

  /**
   * Wraps a DJL optimiser.
   *
   * @param optimizer the optimiser
   */
  public PyroOptimizer(Optimizer optimizer) {
    if (optimizer == null) {
      throw new IllegalArgumentException("PyroOptimizer: the DJL optimizer is null");
    }
    this.optimizer = optimizer;
  }

  /** For subclasses that implement {@link #update} themselves. */
  protected PyroOptimizer() {
    this.optimizer = null;
  }

  /**
   * Updates one param in place.
   *
   * @param name the param name (keys the optimiser state)
   * @param weight the unconstrained leaf array
   * @param gradient its gradient
   */
  public void update(String name, NDArray weight, NDArray gradient) {
    optimizer.update(name, weight, gradient);
  }

  /**
   * Called by SVI once after each step, with the step's loss; advances schedules. A no-op here.
   *
   * @param loss the step's loss
   */
  public void stepEnd(double loss) {}

  /**
   * The state to checkpoint.
   *
   * @return the state
   * @throws UnsupportedOperationException for a wrapped DJL optimiser, whose state is private
   */
  public OptimizerState state() {
    throw new UnsupportedOperationException(
        "a wrapped DJL "
            + optimizer.getClass().getSimpleName()
            + " keeps its state private and cannot be checkpointed; use dev.pyrite.optim's "
            + "Adam, AdamW, Sgd, Adagrad, RmsProp, Adadelta or ClippedAdam instead");
  }

  /**
   * Restores a checkpointed state.
   *
   * @param state what {@link #state()} returned
   * @throws UnsupportedOperationException for a wrapped DJL optimiser
   */
  public void restore(OptimizerState state) {
    state();
  }

  /**
   * The wrapped DJL optimiser.
   *
   * @return the optimiser, or {@code null} for a {@link ParamOptimizer}, which implements its rule
   *     itself
   */
  public Optimizer optimizer() {
    return optimizer;
  }
}
