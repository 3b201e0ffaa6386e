package dev.pyrite.optim;

import ai.djl.training.tracker.ParameterTracker;
import java.util.Map;

/**
 * A learning-rate schedule, Pyro's {@code PyroLRScheduler}: gives each param's learning rate for a
 * step, and is told the loss after every SVI step (which is how {@link ReduceLrOnPlateau} sees a
 * plateau). SVI steps it: no user call is needed.
 *
 * <p>DJL's trackers ({@code ai.djl.training.tracker}: factor, multi-factor, cosine, warm-up, ...)
 * are schedules through {@link #tracker}; the tracker is read at the 0-based number of finished
 * steps, so the first step uses the tracker's value at 0.
 *
 * <pre>{@code
 * PyroOptimizer adam = new Adam(0.05)
 *     .withSchedule(LrSchedule.tracker(Tracker.cosine().setBaseValue(0.05f).optFinalValue(0.001f)
 *         .setMaxUpdates(3000).build()));
 * }</pre>
 */
public interface LrSchedule {
  /**
   * The learning rate of one param for one step.
   *
   * @param param the param name
   * @param baseLr the param's learning rate from its {@link OptimArgs}
   * @param step the number of steps finished before this one (0 for the first step)
   * @return the learning rate to use, {@code > 0}
   */
  double learningRate(String param, double baseLr, long step);

  /**
   * Called once after every step with the step's loss.
   *
   * @param step the 0-based index of the step that finished
   * @param loss its loss
   */
  default void stepEnd(long step, double loss) {}

  /**
   * The schedule's mutable state, for checkpoints; empty for a stateless schedule.
   *
   * @return named numbers
   */
  default Map<String, Double> state() {
    return Map.of();
  }

  /**
   * Restores what {@link #state()} returned.
   *
   * @param state the saved state
   * @throws IllegalArgumentException when the state does not fit this schedule
   */
  default void restore(Map<String, Double> state) {
    if (!state.isEmpty()) {
      throw new IllegalArgumentException(
          "schedule "
              + getClass().getSimpleName()
              + " is stateless but the checkpoint holds "
              + state.keySet()
              + "; load the checkpoint with the schedule it was saved with");
    }
  }

  /**
   * The constant schedule: every param keeps its {@link OptimArgs#lr()}.
   *
   * @return the schedule
   */
  static LrSchedule constant() {
    return (param, baseLr, step) -> baseLr;
  }

  /**
   * A DJL tracker as the schedule: its value is the learning rate of every param (the params' own
   * {@code lr} options are then not used). A {@code ParameterTracker} may give each param its own.
   *
   * @param tracker a DJL tracker, e.g. {@code Tracker.factor().setBaseValue(0.05f)...build()}
   * @return the schedule
   */
  static LrSchedule tracker(ParameterTracker tracker) {
    return new TrackerSchedule(tracker);
  }
}
