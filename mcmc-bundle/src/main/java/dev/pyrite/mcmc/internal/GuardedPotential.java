package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.spi.PotentialFunction;
import dev.pyrite.spi.PotentialFunction.EnergyAndGradient;

/**
 * A potential evaluated inside trajectories, where an evaluation that throws {@link
 * IllegalArgumentException} (a distribution rejecting a value the integrator drove out of range)
 * must cost only the chain that caused it: the batch is then evaluated again row by row, and each
 * row that throws gets energy {@code +inf} and a zero gradient, which the kernels count as that
 * chain's divergence. Batches that evaluate cleanly cost one call and no read-back.
 *
 * <pre>{@code
 * GuardedPotential u = new GuardedPotential(potential);
 * EnergyAndGradient eg = u.evaluate(z);   // (chains), (chains, dim), in the caller's scope
 * long failed = u.failedEvaluations();
 * }</pre>
 */
public final class GuardedPotential {
  private final PotentialFunction potential;
  private long evaluations;
  private long failures;

  /**
   * Wraps a potential.
   *
   * @param potential the potential
   */
  public GuardedPotential(PotentialFunction potential) {
    this.potential = potential;
  }

  /**
   * Evaluates the energy and gradient of every row.
   *
   * @param z positions {@code (chains, dim)}
   * @return energies (inf where a row threw) and gradients, in the caller's scope
   */
  public EnergyAndGradient evaluate(NDArray z) {
    evaluations++;
    try {
      return potential.energyAndGradient(z);
    } catch (IllegalArgumentException e) {
      failures++;
      return rowByRow(z);
    }
  }

  private EnergyAndGradient rowByRow(NDArray z) {
    long chains = z.getShape().get(0);
    if (chains == 1) {
      return failed(z);
    }
    NDList energies = new NDList();
    NDList gradients = new NDList();
    for (long c = 0; c < chains; c++) {
      NDArray row = z.get(new NDIndex("{}:{}", c, c + 1));
      EnergyAndGradient eg;
      try {
        eg = potential.energyAndGradient(row);
      } catch (IllegalArgumentException e) {
        eg = failed(row);
      }
      energies.add(eg.energy());
      gradients.add(eg.gradient());
    }
    return new EnergyAndGradient(NDArrays.concat(energies), NDArrays.concat(gradients));
  }

  private static EnergyAndGradient failed(NDArray z) {
    NDArray inf =
        z.getManager()
            .full(new Shape(z.getShape().get(0)), Float.POSITIVE_INFINITY, z.getDataType());
    return new EnergyAndGradient(inf, z.zerosLike());
  }

  /**
   * The wrapped potential.
   *
   * @return the potential
   */
  public PotentialFunction potential() {
    return potential;
  }

  /**
   * Batched evaluations made so far.
   *
   * @return the count
   */
  public long evaluations() {
    return evaluations;
  }

  /**
   * Batched evaluations that threw (and were then evaluated row by row).
   *
   * @return the count
   */
  public long failedEvaluations() {
    return failures;
  }
}
