package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The potential energy {@code U(z) = -log p(z, data)} of a model on a flat unconstrained vector,
 * batched over chains; what MCMC kernels move on.
 *
 * <pre>{@code
 * EnergyAndGradient eg = potential.energyAndGradient(z); // z: (chains, dim)
 * NDArray u = eg.energy();                               // (chains)
 * }</pre>
 */
@ConsumerType
public interface PotentialFunction {
  /**
   * The length of the flat unconstrained vector.
   *
   * @return the dimension
   */
  int dimension();

  /**
   * The potential energy.
   *
   * @param z positions of shape {@code (chains, dimension)}
   * @return energies of shape {@code (chains)}
   */
  NDArray energy(NDArray z);

  /**
   * The potential energy and its gradient with respect to {@code z}.
   *
   * @param z positions of shape {@code (chains, dimension)}
   * @return energies {@code (chains)} and gradients {@code (chains, dimension)}, detached
   */
  EnergyAndGradient energyAndGradient(NDArray z);

  /**
   * A potential energy with its gradient.
   *
   * @param energy shape {@code (chains)}
   * @param gradient shape {@code (chains, dimension)}
   */
  record EnergyAndGradient(NDArray energy, NDArray gradient) {}
}
