package dev.pyrite.optim;

import ai.djl.training.tracker.ParameterTracker;

/**
 * A DJL {@link ParameterTracker} as a learning-rate schedule: the learning rate of param {@code p}
 * at step {@code t} (0-based) is {@code tracker.getNewValue(p, t)}. Stateless: the step count the
 * optimiser keeps (and checkpoints) is all it needs.
 *
 * <pre>{@code
 * LrSchedule s = new TrackerSchedule(Tracker.factor().setBaseValue(0.05f).setFactor(0.999f).build());
 * }</pre>
 */
public final class TrackerSchedule implements LrSchedule {
  private final ParameterTracker tracker;

  /**
   * Wraps a tracker.
   *
   * @param tracker the tracker
   */
  public TrackerSchedule(ParameterTracker tracker) {
    if (tracker == null) {
      throw new IllegalArgumentException("TrackerSchedule: tracker is null; pass a DJL Tracker");
    }
    this.tracker = tracker;
  }

  @Override
  public double learningRate(String param, double baseLr, long step) {
    int t = (int) Math.min(step, Integer.MAX_VALUE);
    double lr = tracker.getNewValue(param, t);
    if (!(lr > 0) || Double.isInfinite(lr)) {
      throw new IllegalStateException(
          "learning-rate tracker "
              + tracker.getClass().getSimpleName()
              + " gave "
              + lr
              + " for param \""
              + param
              + "\" at step "
              + step
              + "; a learning rate must be finite and > 0: give the tracker a positive final value");
    }
    return lr;
  }

  /**
   * The wrapped tracker.
   *
   * @return the tracker
   */
  public ParameterTracker tracker() {
    return tracker;
  }
}
