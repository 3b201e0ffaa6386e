package dev.pyrite.optim;

/**
 * The options of one param's optimiser, Pyro's {@code optim_args} dict as a typed value. Every
 * field is optional: {@code NaN} (or {@code null} for the flags) means "the optimiser's default",
 * which each optimiser class documents (torch's defaults). A field an optimiser does not read is
 * ignored.
 *
 * <p>Per-param options are a function of the param name, as Pyro's callable {@code optim_args}:
 *
 * <pre>{@code
 * PyroOptimizer adam = new Adam(name -> name.startsWith("scale") ? OptimArgs.lr(0.01) : OptimArgs.lr(0.05));
 * PyroOptimizer sgd = new Sgd(OptimArgs.lr(0.1).withMomentum(0.9).withNesterov(true).withMaxGradNorm(5));
 * }</pre>
 *
 * @param lr the learning rate, {@code > 0}
 * @param beta1 first-moment decay (Adam family), in {@code [0, 1)}
 * @param beta2 second-moment decay (Adam family), in {@code [0, 1)}
 * @param eps the denominator offset, {@code >= 0}
 * @param weightDecay L2 penalty (decoupled for AdamW), {@code >= 0}
 * @param momentum momentum (SGD, RMSProp), {@code >= 0}
 * @param dampening momentum dampening (SGD), in {@code [0, 1]}
 * @param nesterov Nesterov momentum (SGD)
 * @param rho running-average decay (Adadelta), in {@code [0, 1]}
 * @param alpha squared-gradient smoothing (RMSProp), in {@code [0, 1]}
 * @param centered centred RMSProp
 * @param lrDecay learning-rate decay (Adagrad), {@code >= 0}
 * @param initialAccumulator initial squared-gradient sum (Adagrad), {@code >= 0}
 * @param clipNorm elementwise gradient clamp of {@link ClippedAdam}, {@code > 0}
 * @param lrd per-step learning-rate factor of {@link ClippedAdam}, in {@code (0, 1]}
 * @param maxGradNorm clip each param's gradient to this L2 norm (any optimiser), {@code > 0}
 * @param maxGradValue clamp each gradient element to {@code [-v, v]} (any optimiser), {@code > 0}
 */
public record OptimArgs(
    double lr,
    double beta1,
    double beta2,
    double eps,
    double weightDecay,
    double momentum,
    double dampening,
    Boolean nesterov,
    double rho,
    double alpha,
    Boolean centered,
    double lrDecay,
    double initialAccumulator,
    double clipNorm,
    double lrd,
    double maxGradNorm,
    double maxGradValue) {
  private static final double UNSET = Double.NaN;

  /** Checks every set field against its range. */
  public OptimArgs {
    positive("lr", lr);
    inRange("beta1", beta1, 0, 1, false);
    inRange("beta2", beta2, 0, 1, false);
    nonNegative("eps", eps);
    nonNegative("weightDecay", weightDecay);
    nonNegative("momentum", momentum);
    inRange("dampening", dampening, 0, 1, true);
    inRange("rho", rho, 0, 1, true);
    inRange("alpha", alpha, 0, 1, true);
    nonNegative("lrDecay", lrDecay);
    nonNegative("initialAccumulator", initialAccumulator);
    positive("clipNorm", clipNorm);
    if (!Double.isNaN(lrd) && !(lrd > 0 && lrd <= 1)) {
      throw bad("lrd", lrd, "(0, 1]", "use 1 for no decay, e.g. 0.999 to decay slowly");
    }
    positive("maxGradNorm", maxGradNorm);
    positive("maxGradValue", maxGradValue);
  }

  /**
   * No option set: every optimiser's defaults (an optimiser without a default learning rate then
   * asks for one).
   *
   * @return empty options
   */
  public static OptimArgs defaults() {
    return new OptimArgs(
        UNSET, UNSET, UNSET, UNSET, UNSET, UNSET, UNSET, null, UNSET, UNSET, null, UNSET, UNSET,
        UNSET, UNSET, UNSET, UNSET);
  }

  /**
   * Options with a learning rate.
   *
   * @param lr the learning rate, {@code > 0}
   * @return the options
   */
  public static OptimArgs lr(double lr) {
    return defaults().withLr(lr);
  }

  /**
   * Sets the learning rate.
   *
   * @param v the learning rate
   * @return a copy with it
   */
  public OptimArgs withLr(double v) {
    return new OptimArgs(
        v,
        beta1,
        beta2,
        eps,
        weightDecay,
        momentum,
        dampening,
        nesterov,
        rho,
        alpha,
        centered,
        lrDecay,
        initialAccumulator,
        clipNorm,
        lrd,
        maxGradNorm,
        maxGradValue);
  }

  /**
   * Sets the Adam betas.
   *
   * @param b1 first-moment decay
   * @param b2 second-moment decay
   * @return a copy with them
   */
  public OptimArgs withBetas(double b1, double b2) {
    return new OptimArgs(
        lr,
        b1,
        b2,
        eps,
        weightDecay,
        momentum,
        dampening,
        nesterov,
        rho,
        alpha,
        centered,
        lrDecay,
        initialAccumulator,
        clipNorm,
        lrd,
        maxGradNorm,
        maxGradValue);
  }

  /**
   * Sets the denominator offset.
   *
   * @param v eps
   * @return a copy with it
   */
  public OptimArgs withEps(double v) {
    return new OptimArgs(
        lr,
        beta1,
        beta2,
        v,
        weightDecay,
        momentum,
        dampening,
        nesterov,
        rho,
        alpha,
        centered,
        lrDecay,
        initialAccumulator,
        clipNorm,
        lrd,
        maxGradNorm,
        maxGradValue);
  }

  /**
   * Sets the weight decay.
   *
   * @param v the weight decay
   * @return a copy with it
   */
  public OptimArgs withWeightDecay(double v) {
    return new OptimArgs(
        lr,
        beta1,
        beta2,
        eps,
        v,
        momentum,
        dampening,
        nesterov,
        rho,
        alpha,
        centered,
        lrDecay,
        initialAccumulator,
        clipNorm,
        lrd,
        maxGradNorm,
        maxGradValue);
  }

  /**
   * Sets the momentum.
   *
   * @param v the momentum
   * @return a copy with it
   */
  public OptimArgs withMomentum(double v) {
    return new OptimArgs(
        lr,
        beta1,
        beta2,
        eps,
        weightDecay,
        v,
        dampening,
        nesterov,
        rho,
        alpha,
        centered,
        lrDecay,
        initialAccumulator,
        clipNorm,
        lrd,
        maxGradNorm,
        maxGradValue);
  }

  /**
   * Sets the SGD momentum dampening.
   *
   * @param v the dampening
   * @return a copy with it
   */
  public OptimArgs withDampening(double v) {
    return new OptimArgs(
        lr,
        beta1,
        beta2,
        eps,
        weightDecay,
        momentum,
        v,
        nesterov,
        rho,
        alpha,
        centered,
        lrDecay,
        initialAccumulator,
        clipNorm,
        lrd,
        maxGradNorm,
        maxGradValue);
  }

  /**
   * Switches Nesterov momentum.
   *
   * @param v true for Nesterov
   * @return a copy with it
   */
  public OptimArgs withNesterov(boolean v) {
    return new OptimArgs(
        lr,
        beta1,
        beta2,
        eps,
        weightDecay,
        momentum,
        dampening,
        v,
        rho,
        alpha,
        centered,
        lrDecay,
        initialAccumulator,
        clipNorm,
        lrd,
        maxGradNorm,
        maxGradValue);
  }

  /**
   * Sets Adadelta's rho.
   *
   * @param v rho
   * @return a copy with it
   */
  public OptimArgs withRho(double v) {
    return new OptimArgs(
        lr,
        beta1,
        beta2,
        eps,
        weightDecay,
        momentum,
        dampening,
        nesterov,
        v,
        alpha,
        centered,
        lrDecay,
        initialAccumulator,
        clipNorm,
        lrd,
        maxGradNorm,
        maxGradValue);
  }

  /**
   * Sets RMSProp's smoothing constant.
   *
   * @param v alpha
   * @return a copy with it
   */
  public OptimArgs withAlpha(double v) {
    return new OptimArgs(
        lr,
        beta1,
        beta2,
        eps,
        weightDecay,
        momentum,
        dampening,
        nesterov,
        rho,
        v,
        centered,
        lrDecay,
        initialAccumulator,
        clipNorm,
        lrd,
        maxGradNorm,
        maxGradValue);
  }

  /**
   * Switches centred RMSProp.
   *
   * @param v true for centred
   * @return a copy with it
   */
  public OptimArgs withCentered(boolean v) {
    return new OptimArgs(
        lr,
        beta1,
        beta2,
        eps,
        weightDecay,
        momentum,
        dampening,
        nesterov,
        rho,
        alpha,
        v,
        lrDecay,
        initialAccumulator,
        clipNorm,
        lrd,
        maxGradNorm,
        maxGradValue);
  }

  /**
   * Sets Adagrad's learning-rate decay.
   *
   * @param v the decay
   * @return a copy with it
   */
  public OptimArgs withLrDecay(double v) {
    return new OptimArgs(
        lr,
        beta1,
        beta2,
        eps,
        weightDecay,
        momentum,
        dampening,
        nesterov,
        rho,
        alpha,
        centered,
        v,
        initialAccumulator,
        clipNorm,
        lrd,
        maxGradNorm,
        maxGradValue);
  }

  /**
   * Sets Adagrad's initial accumulator.
   *
   * @param v the initial squared-gradient sum
   * @return a copy with it
   */
  public OptimArgs withInitialAccumulator(double v) {
    return new OptimArgs(
        lr,
        beta1,
        beta2,
        eps,
        weightDecay,
        momentum,
        dampening,
        nesterov,
        rho,
        alpha,
        centered,
        lrDecay,
        v,
        clipNorm,
        lrd,
        maxGradNorm,
        maxGradValue);
  }

  /**
   * Sets ClippedAdam's elementwise clamp.
   *
   * @param v the clamp
   * @return a copy with it
   */
  public OptimArgs withClipNorm(double v) {
    return new OptimArgs(
        lr,
        beta1,
        beta2,
        eps,
        weightDecay,
        momentum,
        dampening,
        nesterov,
        rho,
        alpha,
        centered,
        lrDecay,
        initialAccumulator,
        v,
        lrd,
        maxGradNorm,
        maxGradValue);
  }

  /**
   * Sets ClippedAdam's per-step learning-rate factor.
   *
   * @param v lrd
   * @return a copy with it
   */
  public OptimArgs withLrd(double v) {
    return new OptimArgs(
        lr,
        beta1,
        beta2,
        eps,
        weightDecay,
        momentum,
        dampening,
        nesterov,
        rho,
        alpha,
        centered,
        lrDecay,
        initialAccumulator,
        clipNorm,
        v,
        maxGradNorm,
        maxGradValue);
  }

  /**
   * Clips each param's gradient to an L2 norm (torch's {@code clip_grad_norm_} per param).
   *
   * @param v the largest norm
   * @return a copy with it
   */
  public OptimArgs withMaxGradNorm(double v) {
    return new OptimArgs(
        lr,
        beta1,
        beta2,
        eps,
        weightDecay,
        momentum,
        dampening,
        nesterov,
        rho,
        alpha,
        centered,
        lrDecay,
        initialAccumulator,
        clipNorm,
        lrd,
        v,
        maxGradValue);
  }

  /**
   * Clamps each gradient element (torch's {@code clip_grad_value_}).
   *
   * @param v the largest absolute value
   * @return a copy with it
   */
  public OptimArgs withMaxGradValue(double v) {
    return new OptimArgs(
        lr,
        beta1,
        beta2,
        eps,
        weightDecay,
        momentum,
        dampening,
        nesterov,
        rho,
        alpha,
        centered,
        lrDecay,
        initialAccumulator,
        clipNorm,
        lrd,
        maxGradNorm,
        v);
  }

  /**
   * A field, or its default when unset.
   *
   * @param value the field
   * @param fallback the default
   * @return {@code value} unless it is {@code NaN}
   */
  static double or(double value, double fallback) {
    return Double.isNaN(value) ? fallback : value;
  }

  /**
   * A flag, or its default when unset.
   *
   * @param value the flag
   * @param fallback the default
   * @return {@code value} unless it is {@code null}
   */
  static boolean or(Boolean value, boolean fallback) {
    return value == null ? fallback : value;
  }

  private static void positive(String name, double v) {
    if (!Double.isNaN(v) && !(v > 0 && v < Double.POSITIVE_INFINITY)) {
      throw bad(name, v, "(0, inf)", "pass a finite positive value, or leave it unset");
    }
  }

  private static void nonNegative(String name, double v) {
    if (!Double.isNaN(v) && !(v >= 0 && v < Double.POSITIVE_INFINITY)) {
      throw bad(name, v, "[0, inf)", "pass a finite value >= 0, or leave it unset");
    }
  }

  private static void inRange(String name, double v, double lo, double hi, boolean closed) {
    if (Double.isNaN(v)) {
      return;
    }
    boolean ok = v >= lo && (closed ? v <= hi : v < hi);
    if (!ok) {
      throw bad(name, v, "[" + lo + ", " + hi + (closed ? "]" : ")"), "pass a value in range");
    }
  }

  private static IllegalArgumentException bad(String name, double v, String range, String fix) {
    return new IllegalArgumentException(
        "optimizer option " + name + " = " + v + " is outside " + range + "; " + fix);
  }
}
