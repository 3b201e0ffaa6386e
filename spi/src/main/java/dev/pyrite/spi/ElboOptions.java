package dev.pyrite.spi;

/**
 * Options common to ELBO estimators.
 *
 * <pre>{@code
 * ElboOptions o = ElboOptions.particles(10);
 * }</pre>
 *
 * @param numParticles how many samples from the guide per estimate (at least 1)
 * @param vectorizeParticles draw all particles in one pass along a new leftmost batch dimension
 *     instead of looping
 */
public record ElboOptions(int numParticles, boolean vectorizeParticles) {
  /** Validates the options. */
  public ElboOptions {
    if (numParticles < 1) {
      throw new IllegalArgumentException(
          "numParticles must be at least 1, got " + numParticles + "; use 1 for a single sample");
    }
  }

  /**
   * One particle, not vectorised: Pyro's defaults.
   *
   * @return the defaults
   */
  public static ElboOptions defaults() {
    return new ElboOptions(1, false);
  }

  /**
   * {@code n} particles, vectorised.
   *
   * @param n the number of particles
   * @return the options
   */
  public static ElboOptions particles(int n) {
    return new ElboOptions(n, true);
  }
}
