package dev.pyrite.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.training.optimizer.Optimizer;

/**
 * Applies a DJL {@link Optimizer} to params by name, Pyro's {@code PyroOptim}. Optimiser state
 * (moments) lives in the DJL optimiser, keyed by param name.
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
    this.optimizer = optimizer;
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
   * The wrapped DJL optimiser.
   *
   * @return the optimiser
   */
  public Optimizer optimizer() {
    return optimizer;
  }
}
