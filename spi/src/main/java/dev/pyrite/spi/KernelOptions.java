package dev.pyrite.spi;

/**
 * Options of HMC-family kernels.
 *
 * <pre>{@code
 * KernelOptions o = KernelOptions.defaults().withTrajectoryLength(1.0);
 * }</pre>
 *
 * @param stepSize the initial step size
 * @param trajectoryLength the integration time per transition (HMC)
 * @param adaptStepSize whether warmup adapts the step size by dual averaging
 * @param targetAcceptProb the acceptance probability that dual averaging aims at
 * @param adaptMassMatrix whether warmup adapts a diagonal mass matrix
 * @param maxTreeDepth the maximum tree depth (NUTS)
 */
public record KernelOptions(
    double stepSize,
    double trajectoryLength,
    boolean adaptStepSize,
    double targetAcceptProb,
    boolean adaptMassMatrix,
    int maxTreeDepth) {
  /** Validates the options. */
  public KernelOptions {
    if (!(stepSize > 0)) {
      throw new IllegalArgumentException("stepSize must be positive, got " + stepSize);
    }
    if (!(trajectoryLength > 0)) {
      throw new IllegalArgumentException(
          "trajectoryLength must be positive, got " + trajectoryLength);
    }
    if (!(targetAcceptProb > 0 && targetAcceptProb < 1)) {
      throw new IllegalArgumentException(
          "targetAcceptProb must lie in (0, 1), got " + targetAcceptProb);
    }
  }

  /**
   * Pyro's defaults: step size 1, trajectory length 2π, adapted step size with target 0.8, adapted
   * diagonal mass matrix, tree depth 10.
   *
   * @return the defaults
   */
  public static KernelOptions defaults() {
    return new KernelOptions(1.0, 2 * Math.PI, true, 0.8, true, 10);
  }

  /**
   * A copy with another trajectory length.
   *
   * @param length the trajectory length
   * @return the copy
   */
  public KernelOptions withTrajectoryLength(double length) {
    return new KernelOptions(
        stepSize, length, adaptStepSize, targetAcceptProb, adaptMassMatrix, maxTreeDepth);
  }
}
