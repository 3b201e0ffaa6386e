package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A Markov transition kernel on a flat unconstrained vector, Pyro's {@code MCMCKernel}. The {@code
 * MCMC} runner builds the potential from the model once and calls the kernel in a loop; no effect
 * handler runs inside a transition's integrator.
 *
 * <pre>{@code
 * McmcState s = kernel.setup(potential, initialPosition, numWarmup);
 * for (int i = 0; i < numWarmup + numSamples; i++) {
 *   s = kernel.sample(s);
 *   if (i == numWarmup - 1) kernel.endWarmup(s);
 * }
 * }</pre>
 */
@ConsumerType
public interface McmcKernel {
  /**
   * Prepares the kernel (adaptation schedules, initial step size) and returns the initial state.
   *
   * @param potential the potential energy
   * @param initialPosition the start, {@code (chains, dim)}
   * @param numWarmup how many of the coming transitions are warmup (adaptation) steps
   * @return the initial state
   */
  McmcState setup(PotentialFunction potential, NDArray initialPosition, int numWarmup);

  /**
   * One transition.
   *
   * @param state the current state
   * @return the next state; the caller owns both
   */
  McmcState sample(McmcState state);

  /**
   * Called once when warmup ends; adaptation freezes here.
   *
   * @param state the last warmup state
   */
  default void endWarmup(McmcState state) {}

  /**
   * Figures about the run so far (final step size, divergences, ...).
   *
   * @return named diagnostics
   */
  Map<String, Double> diagnostics();
}
