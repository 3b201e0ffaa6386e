package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;

/**
 * A point of phase space for a batch of chains, with the potential energy and its gradient at the
 * position (so no leapfrog step evaluates the potential twice).
 *
 * <pre>{@code
 * PhasePoint p = new PhasePoint(z, r, u, grad);  // (C, D), (C, D), (C), (C, D)
 * }</pre>
 *
 * @param position positions {@code (chains, dim)}
 * @param momentum momenta {@code (chains, dim)}
 * @param potentialEnergy {@code U(position)}, {@code (chains)}
 * @param gradient {@code dU/dz} at the position, {@code (chains, dim)}
 */
public record PhasePoint(
    NDArray position, NDArray momentum, NDArray potentialEnergy, NDArray gradient) {

  /** Closes the four arrays. */
  public void close() {
    Ownership.close(position, momentum, potentialEnergy, gradient);
  }
}
