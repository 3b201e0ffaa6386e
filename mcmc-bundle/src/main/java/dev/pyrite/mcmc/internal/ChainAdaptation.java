package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Scope;

/**
 * Warmup adaptation with one step size and one mass matrix per chain, as Stan adapts each chain on
 * its own: dual averaging of each chain's step size on that chain's acceptance statistic, and the
 * mass matrix estimated from each chain's own draws in Stan's windows (see {@link
 * AdaptationSchedule}). At the end of each slow window the new mass matrix is installed and the
 * caller restarts the step sizes from the "reasonable step size" search ({@link #restart}).
 *
 * <pre>{@code
 * ChainAdaptation a = new ChainAdaptation(0.8, 1000, mass, welford, true, true);
 * a.restart(StepSizeSearch.find(...));
 * boolean windowEnded = a.update(acceptProbs, z);  // once per warmup transition
 * double[] eps = a.stepSizes();
 * }</pre>
 */
public final class ChainAdaptation implements AutoCloseable {
  private final double target;
  private final int numWarmup;
  private final MassMatrix mass;
  private final ChainWelford welford;
  private final boolean adaptStepSize;
  private final boolean adaptMass;
  private final AdaptationSchedule schedule;
  private DualAveraging[] dualAveraging;
  private double[] stepSizes;
  private long done;
  private boolean adapting;

  /**
   * Creates the adaptation.
   *
   * @param target the acceptance probability to reach
   * @param numWarmup the number of warmup transitions
   * @param mass the mass matrix it adapts
   * @param welford the estimator feeding it (owned by this object)
   * @param adaptStepSize whether to adapt step sizes
   * @param adaptMass whether to adapt the mass matrix
   */
  public ChainAdaptation(
      double target,
      int numWarmup,
      MassMatrix mass,
      ChainWelford welford,
      boolean adaptStepSize,
      boolean adaptMass) {
    this.target = target;
    this.numWarmup = numWarmup;
    this.mass = mass;
    this.welford = welford;
    this.adaptStepSize = adaptStepSize;
    this.adaptMass = adaptMass;
    this.schedule = AdaptationSchedule.of(numWarmup);
    this.adapting = numWarmup > 0;
  }

  /**
   * Restarts dual averaging of every chain from the given step sizes.
   *
   * @param initial one step size per chain
   */
  public void restart(double[] initial) {
    stepSizes = initial.clone();
    dualAveraging = new DualAveraging[initial.length];
    for (int c = 0; c < initial.length; c++) {
      dualAveraging[c] = new DualAveraging(target, initial[c]);
    }
  }

  /**
   * One warmup update.
   *
   * @param acceptProbs the acceptance statistic of each chain's last transition
   * @param z the chains' positions after it {@code (chains, dim)}
   * @return whether a slow window ended here (a new mass matrix is in place: search new step sizes
   *     and {@link #restart})
   */
  public boolean update(double[] acceptProbs, NDArray z) {
    if (!adapting) {
      return false;
    }
    long w = done++;
    if (adaptStepSize) {
      for (int c = 0; c < stepSizes.length; c++) {
        dualAveraging[c].update(acceptProbs[c]);
        stepSizes[c] = dualAveraging[c].stepSize();
      }
    }
    boolean windowEnded = false;
    if (adaptMass && schedule.inSlowWindow(w)) {
      welford.update(z);
    }
    if (adaptMass && schedule.endsSlowWindow(w)) {
      try (Scope s = Scope.open()) {
        mass.setInverse(welford.estimate());
      }
      welford.reset();
      windowEnded = true;
    }
    if (done >= numWarmup) {
      freeze();
    }
    return windowEnded && adapting;
  }

  /** Ends warmup: each chain's step size freezes at its dual-averaging average. */
  public void freeze() {
    if (adapting && adaptStepSize) {
      for (int c = 0; c < stepSizes.length; c++) {
        stepSizes[c] = dualAveraging[c].averagedStepSize();
      }
    }
    adapting = false;
  }

  /**
   * Whether warmup is still on.
   *
   * @return true while adapting
   */
  public boolean adapting() {
    return adapting;
  }

  /**
   * The step size of each chain for the next transition.
   *
   * @return the step sizes (a copy)
   */
  public double[] stepSizes() {
    return stepSizes.clone();
  }

  @Override
  public void close() {
    welford.close();
  }
}
