package dev.pyrite.optim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lowers the learning rate when the loss stops improving, Pyro's (torch's) {@code
 * ReduceLROnPlateau} in {@code mode="min"}, {@code threshold_mode="rel"}: an "epoch" is a window of
 * {@code window} SVI steps whose mean loss is the metric; it improves on the best so far when it is
 * below {@code best * (1 - threshold)}. After more than {@code patience} epochs without improvement
 * every learning rate is multiplied by {@code factor} (never below {@code minLr}), the bad-epoch
 * count restarts and {@code cooldown} epochs pass before counting again.
 *
 * <pre>{@code
 * PyroOptimizer adam = new Adam(0.05).withSchedule(new ReduceLrOnPlateau(0.5, 3, 1e-4, 1e-3).window(100));
 * }</pre>
 */
public final class ReduceLrOnPlateau implements LrSchedule {
  private final double factor;
  private final int patience;
  private final double threshold;
  private final double minLr;
  private int cooldown;
  private int window = 1;
  private double scale = 1;
  private double best = Double.POSITIVE_INFINITY;
  private int badEpochs;
  private int cooldownLeft;
  private double windowSum;
  private int windowCount;

  /**
   * A plateau schedule.
   *
   * @param factor the multiplier on a plateau, in {@code (0, 1)} (torch default 0.1)
   * @param patience epochs without improvement that are tolerated, {@code >= 0} (torch: 10)
   * @param threshold the relative improvement that counts, {@code >= 0} (torch: 1e-4)
   * @param minLr the lowest learning rate, {@code >= 0} (torch: 0)
   */
  public ReduceLrOnPlateau(double factor, int patience, double threshold, double minLr) {
    if (!(factor > 0 && factor < 1)) {
      throw new IllegalArgumentException(
          "ReduceLrOnPlateau factor = " + factor + " is outside (0, 1); pass e.g. 0.5");
    }
    if (patience < 0) {
      throw new IllegalArgumentException(
          "ReduceLrOnPlateau patience = " + patience + " is negative; pass 0 or more epochs");
    }
    if (!(threshold >= 0) || !(minLr >= 0)) {
      throw new IllegalArgumentException(
          "ReduceLrOnPlateau threshold = "
              + threshold
              + ", minLr = "
              + minLr
              + ": both must be >= 0 and finite");
    }
    this.factor = factor;
    this.patience = patience;
    this.threshold = threshold;
    this.minLr = minLr;
  }

  /**
   * Sets the epoch length in SVI steps (default 1: every step's loss is an epoch's metric).
   *
   * @param steps steps per epoch, {@code >= 1}
   * @return this
   */
  public ReduceLrOnPlateau window(int steps) {
    if (steps < 1) {
      throw new IllegalArgumentException(
          "ReduceLrOnPlateau window = " + steps + " steps; pass 1 or more");
    }
    this.window = steps;
    return this;
  }

  /**
   * Sets the cooldown in epochs after a reduction (default 0).
   *
   * @param epochs the cooldown, {@code >= 0}
   * @return this
   */
  public ReduceLrOnPlateau cooldown(int epochs) {
    if (epochs < 0) {
      throw new IllegalArgumentException(
          "ReduceLrOnPlateau cooldown = " + epochs + " epochs; pass 0 or more");
    }
    this.cooldown = epochs;
    return this;
  }

  /**
   * The factor applied to every base learning rate so far ({@code factor^k}).
   *
   * @return the current scale
   */
  public double scale() {
    return scale;
  }

  @Override
  public double learningRate(String param, double baseLr, long step) {
    return Math.max(baseLr * scale, Math.min(minLr, baseLr));
  }

  @Override
  public void stepEnd(long step, double loss) {
    windowSum += loss;
    windowCount++;
    if (windowCount < window) {
      return;
    }
    double metric = windowSum / windowCount;
    windowSum = 0;
    windowCount = 0;
    epoch(metric);
  }

  private void epoch(double metric) {
    if (metric < best * (1 - threshold)) {
      best = metric;
      badEpochs = 0;
    } else {
      badEpochs++;
    }
    if (cooldownLeft > 0) {
      cooldownLeft--;
      badEpochs = 0;
    }
    if (badEpochs > patience) {
      scale *= factor;
      cooldownLeft = cooldown;
      badEpochs = 0;
    }
  }

  @Override
  public Map<String, Double> state() {
    Map<String, Double> s = new LinkedHashMap<>();
    s.put("scale", scale);
    s.put("best", best);
    s.put("badEpochs", (double) badEpochs);
    s.put("cooldownLeft", (double) cooldownLeft);
    s.put("windowSum", windowSum);
    s.put("windowCount", (double) windowCount);
    return s;
  }

  @Override
  public void restore(Map<String, Double> state) {
    if (!state.keySet().equals(state().keySet())) {
      throw new IllegalArgumentException(
          "ReduceLrOnPlateau: checkpoint schedule state has keys "
              + state.keySet()
              + ", expected "
              + state().keySet()
              + "; load the checkpoint with the schedule it was saved with");
    }
    scale = state.get("scale");
    best = state.get("best");
    badEpochs = state.get("badEpochs").intValue();
    cooldownLeft = state.get("cooldownLeft").intValue();
    windowSum = state.get("windowSum");
    windowCount = state.get("windowCount").intValue();
  }
}
