package dev.pyrite.spi;

import java.util.List;

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
 * @param maxTreeDepth the maximum tree depth (NUTS, and the cap of {@code 2^maxTreeDepth} HMC
 *     steps), in [1, 30]
 * @param fullMass whether the adapted mass matrix is dense (else diagonal)
 * @param denseBlocks groups of site names that each get a dense block of the mass matrix, the rest
 *     staying diagonal (NumPyro's {@code dense_mass=[("a", "b")]}); empty for none. Ignored when
 *     {@code fullMass} is set
 */
public record KernelOptions(
    double stepSize,
    double trajectoryLength,
    boolean adaptStepSize,
    double targetAcceptProb,
    boolean adaptMassMatrix,
    int maxTreeDepth,
    boolean fullMass,
    List<List<String>> denseBlocks) {
  /**
   * Options with a diagonal mass matrix.
   *
   * @param stepSize the initial step size
   * @param trajectoryLength the integration time per transition (HMC)
   * @param adaptStepSize whether warmup adapts the step size
   * @param targetAcceptProb the acceptance probability that dual averaging aims at
   * @param adaptMassMatrix whether warmup adapts the mass matrix
   * @param maxTreeDepth the maximum tree depth
   */
  public KernelOptions(
      double stepSize,
      double trajectoryLength,
      boolean adaptStepSize,
      double targetAcceptProb,
      boolean adaptMassMatrix,
      int maxTreeDepth) {
    this(
        stepSize,
        trajectoryLength,
        adaptStepSize,
        targetAcceptProb,
        adaptMassMatrix,
        maxTreeDepth,
        false,
        List.of());
  }

  /** Validates the options. */
  public KernelOptions {
    if (!(maxTreeDepth >= 1 && maxTreeDepth <= 30)) {
      throw new IllegalArgumentException(
          "maxTreeDepth must lie in [1, 30], got " + maxTreeDepth + "; the default is 10");
    }
    denseBlocks = denseBlocks == null ? List.of() : denseBlocks.stream().map(List::copyOf).toList();
    if (!(stepSize > 0)) {
      throw new IllegalArgumentException("stepSize must be positive, got " + stepSize);
    }
    if (!(trajectoryLength > 0)) {
      throw new IllegalArgumentException(
          "trajectoryLength must be positive, got " + trajectoryLength);
    }
    if (!(targetAcceptProb > 0 && targetAcceptProb < 1)) {
      throw new IllegalArgumentException(
          "targetAcceptProb must lie in the open interval (0, 1), got "
              + targetAcceptProb
              + "; the default is 0.8");
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
        stepSize,
        length,
        adaptStepSize,
        targetAcceptProb,
        adaptMassMatrix,
        maxTreeDepth,
        fullMass,
        denseBlocks);
  }

  /**
   * A copy with another maximum tree depth.
   *
   * @param depth the depth, in [1, 30]
   * @return the copy
   */
  public KernelOptions withMaxTreeDepth(int depth) {
    return new KernelOptions(
        stepSize,
        trajectoryLength,
        adaptStepSize,
        targetAcceptProb,
        adaptMassMatrix,
        depth,
        fullMass,
        denseBlocks);
  }

  /**
   * A copy with another acceptance target.
   *
   * @param target in (0, 1)
   * @return the copy
   */
  public KernelOptions withTargetAcceptProb(double target) {
    return new KernelOptions(
        stepSize,
        trajectoryLength,
        adaptStepSize,
        target,
        adaptMassMatrix,
        maxTreeDepth,
        fullMass,
        denseBlocks);
  }

  /**
   * A copy with a dense (or diagonal) mass matrix.
   *
   * @param dense whether the whole mass matrix is dense
   * @return the copy
   */
  public KernelOptions withFullMass(boolean dense) {
    return new KernelOptions(
        stepSize,
        trajectoryLength,
        adaptStepSize,
        targetAcceptProb,
        adaptMassMatrix,
        maxTreeDepth,
        dense,
        denseBlocks);
  }

  /**
   * A copy with dense blocks for groups of sites, e.g. {@code List.of(List.of("mu", "tau"))}.
   *
   * @param blocks the groups of site names
   * @return the copy
   */
  public KernelOptions withDenseBlocks(List<List<String>> blocks) {
    return new KernelOptions(
        stepSize,
        trajectoryLength,
        adaptStepSize,
        targetAcceptProb,
        adaptMassMatrix,
        maxTreeDepth,
        fullMass,
        blocks);
  }
}
