package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;

/**
 * The state of a batch of Markov chains after one transition, in the manner of NumPyro's {@code
 * HMCState}. Arrays have a leading chain dimension.
 *
 * <pre>{@code
 * McmcState s = kernel.setup(potential, z0, 500);
 * s = kernel.sample(s);
 * NDArray z = s.position(); // (chains, dim)
 * }</pre>
 *
 * @param position unconstrained positions, {@code (chains, dim)}
 * @param potentialEnergy potential energy at {@code position}, {@code (chains)}
 * @param gradient gradient of the potential at {@code position}, {@code (chains, dim)}
 * @param acceptProb the Metropolis acceptance probability of the last transition, {@code (chains)}
 * @param diverging whether the last trajectory diverged, boolean {@code (chains)}
 * @param gradientEvaluations potential-gradient evaluations spent on the last transition
 * @param stepSize the step size used for the last transition
 * @param iteration how many transitions were made, warmup included
 */
public record McmcState(
    NDArray position,
    NDArray potentialEnergy,
    NDArray gradient,
    NDArray acceptProb,
    NDArray diverging,
    long gradientEvaluations,
    double stepSize,
    long iteration) {}
