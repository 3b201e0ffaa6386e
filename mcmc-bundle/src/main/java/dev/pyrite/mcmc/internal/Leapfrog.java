package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Scope;
import dev.pyrite.spi.PotentialFunction.EnergyAndGradient;

/**
 * The velocity Verlet (leapfrog) integrator on a batch of chains, each chain with its own step
 * size: half kick, drift, half kick, one batched potential-gradient evaluation per step. Nothing is
 * read back to Java.
 *
 * <p>{@link #integrate} runs each chain for its own number of steps: a chain whose steps are done,
 * or whose potential became non-finite (or threw, see {@link GuardedPotential}), stays where it is
 * while the others go on; a chain that failed ends with energy {@code +inf}, which the Metropolis
 * step counts as its divergence.
 *
 * <pre>{@code
 * Leapfrog lf = new Leapfrog(new GuardedPotential(potential), mass);
 * PhasePoint end = lf.integrate(start, stepColumn, steps, maxSteps); // in the caller's scope
 * }</pre>
 */
public final class Leapfrog {
  private final GuardedPotential potential;
  private final MassMatrix mass;

  /**
   * Creates the integrator.
   *
   * @param potential the potential energy
   * @param mass the mass matrix
   */
  public Leapfrog(GuardedPotential potential, MassMatrix mass) {
    this.potential = potential;
    this.mass = mass;
  }

  /**
   * One step from {@code p}; the result is in the caller's scope.
   *
   * @param position {@code (chains, dim)}
   * @param momentum {@code (chains, dim)}
   * @param gradient {@code dU/dz} at the position
   * @param step signed step sizes {@code (chains, 1)}
   * @return the next point
   */
  public PhasePoint step(NDArray position, NDArray momentum, NDArray gradient, NDArray step) {
    NDArray halfStep = step.mul(0.5);
    NDArray half = momentum.sub(gradient.mul(halfStep));
    NDArray z = position.add(mass.velocity(half).mul(step));
    EnergyAndGradient eg = potential.evaluate(z);
    NDArray r = half.sub(eg.gradient().mul(halfStep));
    return new PhasePoint(z, r, eg.energy(), eg.gradient());
  }

  /**
   * Integrates a trajectory per chain. The start point is left alone (its owner keeps it).
   *
   * @param start the start
   * @param step step sizes {@code (chains, 1)}
   * @param steps the number of steps of each chain
   * @param maxSteps the largest entry of {@code steps}
   * @return the end point, owned by the caller's innermost scope; energy {@code +inf} for chains
   *     whose potential failed on the way
   */
  public PhasePoint integrate(PhasePoint start, NDArray step, int[] steps, int maxSteps) {
    NDArray counts = step.getManager().create(steps);
    PhasePoint p = start;
    NDArray bad = null;
    for (int i = 0; i < maxSteps; i++) {
      PhasePoint next;
      NDArray nextBad;
      try (Scope s = Scope.open()) {
        PhasePoint q = step(p.position(), p.momentum(), p.gradient(), step);
        NDArray failed = q.potentialEnergy().lt(Double.POSITIVE_INFINITY).logicalNot();
        NDArray moving = counts.gt(i).logicalAnd(failed.logicalNot());
        if (bad != null) {
          moving = moving.logicalAnd(bad.logicalNot());
        }
        NDArray wide = Masks.rows(moving, q.position().getShape());
        next =
            new PhasePoint(
                s.keep(NDArrays.where(wide, q.position(), p.position())),
                s.keep(NDArrays.where(wide, q.momentum(), p.momentum())),
                s.keep(NDArrays.where(moving, q.potentialEnergy(), p.potentialEnergy())),
                s.keep(NDArrays.where(wide, q.gradient(), p.gradient())));
        NDArray stepBad = failed.logicalAnd(counts.gt(i));
        nextBad = s.keep(bad == null ? stepBad : bad.logicalOr(stepBad));
      }
      if (p != start) {
        p.close();
      }
      Ownership.close(bad);
      p = next;
      bad = nextBad;
    }
    try (Scope s = Scope.open()) {
      NDArray inf = p.potentialEnergy().onesLike().mul(Double.POSITIVE_INFINITY);
      NDArray u = s.keep(NDArrays.where(bad, inf, p.potentialEnergy()));
      if (p != start) {
        Ownership.close(p.potentialEnergy());
      }
      p = new PhasePoint(p.position(), p.momentum(), u, p.gradient());
    }
    Ownership.close(bad, counts);
    Ownership.adopt(p.position(), p.momentum(), p.potentialEnergy(), p.gradient());
    return p;
  }

  /**
   * Step sizes as a column for broadcasting against {@code (chains, dim)}.
   *
   * @param like an array of the wanted manager and dtype
   * @param stepSizes one step size per chain
   * @return {@code (chains, 1)} in the caller's scope
   */
  public static NDArray column(NDArray like, double[] stepSizes) {
    DataType dtype = like.getDataType();
    return like.getManager()
        .create(stepSizes)
        .toType(dtype, false)
        .reshape(new Shape(stepSizes.length, 1));
  }
}
