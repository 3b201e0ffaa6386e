package dev.pyrite.mcmc.internal;

/**
 * Nesterov dual averaging of the log step size (Hoffman and Gelman 2014, section 3.2), as Stan and
 * Pyro adapt the HMC step size during warmup: it drives the acceptance probability to a target.
 *
 * <pre>{@code
 * DualAveraging da = new DualAveraging(0.8, initialStepSize);
 * for (...) {
 *   da.update(acceptProb);
 *   stepSize = da.stepSize();        // exp(x_t), used for the next transition
 * }
 * stepSize = da.averagedStepSize();  // exp(x_bar), frozen after warmup
 * }</pre>
 */
public final class DualAveraging {
  /** Shrinkage towards {@code mu}. */
  public static final double GAMMA = 0.05;

  /** Stabilises the first iterations. */
  public static final double T0 = 10.0;

  /** Decay of the averaging weights. */
  public static final double KAPPA = 0.75;

  private final double target;
  private final double mu;
  private double logStep;
  private double logStepAvg;
  private double gradAvg;
  private long t;

  /**
   * Starts the scheme at a step size, with {@code mu = log(10 * stepSize)}.
   *
   * @param target the acceptance probability to reach, in (0, 1)
   * @param stepSize the initial step size
   */
  public DualAveraging(double target, double stepSize) {
    this.target = target;
    this.mu = Math.log(10 * stepSize);
    this.logStep = Math.log(stepSize);
  }

  /**
   * One update with the acceptance probability of the last transition.
   *
   * @param acceptProb the (chain-averaged) acceptance probability
   */
  public void update(double acceptProb) {
    double a = Double.isNaN(acceptProb) ? 0.0 : Math.min(1.0, Math.max(0.0, acceptProb));
    t++;
    double eta = 1.0 / (t + T0);
    gradAvg = (1 - eta) * gradAvg + eta * (target - a);
    logStep = mu - Math.sqrt(t) / GAMMA * gradAvg;
    double w = Math.pow(t, -KAPPA);
    logStepAvg = w * logStep + (1 - w) * logStepAvg;
  }

  /**
   * The step size for the next warmup transition.
   *
   * @return {@code exp(x_t)}
   */
  public double stepSize() {
    return Math.exp(logStep);
  }

  /**
   * The averaged step size, used once warmup ends; the current one before any update.
   *
   * @return {@code exp(x_bar_t)}
   */
  public double averagedStepSize() {
    return t == 0 ? stepSize() : Math.exp(logStepAvg);
  }

  /**
   * How many updates were made.
   *
   * @return the update count
   */
  public long updates() {
    return t;
  }
}
