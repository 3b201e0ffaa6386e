package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Scope;
import dev.pyrite.spi.PotentialFunction;
import dev.pyrite.spi.PotentialFunction.EnergyAndGradient;

/**
 * The velocity Verlet (leapfrog) integrator on a batch of chains: half kick, drift, half kick, one
 * potential-gradient evaluation per step. Each step runs in its own memory scope and frees the
 * previous step's arrays, so a trajectory holds at most two points at a time. Nothing is read back
 * to Java.
 *
 * <p>A potential evaluation that throws {@link IllegalArgumentException} inside a trajectory (a
 * distribution rejecting a value or parameter that the integrator drove out of range, e.g. a scale
 * that underflowed to 0) ends the trajectory with energy {@code +inf} for every chain, which the
 * Metropolis step counts as a divergence and rejects. The start point was evaluated without error,
 * so a model bug still surfaces there.
 *
 * <pre>{@code
 * Leapfrog lf = new Leapfrog(potential, mass);
 * PhasePoint end = lf.integrate(start, 0.1, 10); // in the caller's scope
 * long evals = lf.gradientEvaluations();
 * }</pre>
 */
public final class Leapfrog {
  private final PotentialFunction potential;
  private final DiagonalMassMatrix mass;
  private long gradientEvaluations;
  private long failedEvaluations;

  /**
   * Creates the integrator.
   *
   * @param potential the potential energy
   * @param mass the mass matrix
   */
  public Leapfrog(PotentialFunction potential, DiagonalMassMatrix mass) {
    this.potential = potential;
    this.mass = mass;
  }

  /**
   * Integrates a trajectory. The start point is left alone (its owner keeps it).
   *
   * @param start the start
   * @param stepSize the step size
   * @param steps how many steps, at least 1
   * @return the end point, owned by the caller's innermost scope
   */
  public PhasePoint integrate(PhasePoint start, double stepSize, int steps) {
    PhasePoint p = start;
    long failuresBefore = failedEvaluations;
    for (int i = 0; i < steps && failedEvaluations == failuresBefore; i++) {
      PhasePoint next = step(p, stepSize);
      if (p != start) {
        p.close();
      }
      p = next;
    }
    Ownership.adopt(p.position(), p.momentum(), p.potentialEnergy(), p.gradient());
    return p;
  }

  /**
   * One step; the result belongs to no scope.
   *
   * @param p the current point
   * @param stepSize the step size
   * @return the next point
   */
  PhasePoint step(PhasePoint p, double stepSize) {
    try (Scope s = Scope.open()) {
      NDArray half = p.momentum().sub(p.gradient().mul(stepSize / 2));
      NDArray z = p.position().add(mass.velocity(half).mul(stepSize));
      EnergyAndGradient eg = evaluate(z);
      NDArray r = half.sub(eg.gradient().mul(stepSize / 2));
      return new PhasePoint(s.keep(z), s.keep(r), s.keep(eg.energy()), s.keep(eg.gradient()));
    }
  }

  private EnergyAndGradient evaluate(NDArray z) {
    gradientEvaluations++;
    try {
      return potential.energyAndGradient(z);
    } catch (IllegalArgumentException e) {
      failedEvaluations++;
      NDArray inf =
          z.getManager()
              .full(new Shape(z.getShape().get(0)), Float.POSITIVE_INFINITY, z.getDataType());
      return new EnergyAndGradient(inf, z.zerosLike());
    }
  }

  /**
   * Potential evaluations inside trajectories that threw and were counted as divergences.
   *
   * @return the count
   */
  public long failedEvaluations() {
    return failedEvaluations;
  }

  /**
   * Potential-gradient evaluations made so far.
   *
   * @return the count
   */
  public long gradientEvaluations() {
    return gradientEvaluations;
  }
}
