package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.Scope;

/**
 * The "find a reasonable step size" heuristic (Hoffman and Gelman 2014, algorithm 4): from the
 * current point, take one leapfrog step with a fresh momentum and double (or halve) the step size
 * until the chain-averaged acceptance probability crosses 1/2. One scalar is read back per trial.
 *
 * <pre>{@code
 * double eps = StepSizeSearch.find(leapfrog, mass, z, u, grad, 1.0);
 * }</pre>
 */
public final class StepSizeSearch {
  /** The acceptance probability the search crosses. */
  public static final double THRESHOLD = 0.5;

  private static final int MAX_TRIALS = 100;

  private StepSizeSearch() {}

  /**
   * Finds the step size.
   *
   * @param leapfrog the integrator
   * @param mass the mass matrix
   * @param z positions {@code (chains, dim)}
   * @param energy potential energies at {@code z}
   * @param gradient gradients at {@code z}
   * @param start the step size to start from
   * @return the first step size at which the acceptance crosses the threshold
   */
  public static double find(
      Leapfrog leapfrog,
      DiagonalMassMatrix mass,
      NDArray z,
      NDArray energy,
      NDArray gradient,
      double start) {
    double eps = start;
    int direction = 0;
    for (int i = 0; i < MAX_TRIALS; i++) {
      int d = acceptProb(leapfrog, mass, z, energy, gradient, eps) > THRESHOLD ? 1 : -1;
      if (direction == 0) {
        direction = d;
      } else if (d != direction) {
        return eps;
      }
      eps = direction > 0 ? eps * 2 : eps / 2;
    }
    return eps;
  }

  private static double acceptProb(
      Leapfrog leapfrog,
      DiagonalMassMatrix mass,
      NDArray z,
      NDArray energy,
      NDArray gradient,
      double eps) {
    try (Scope s = Scope.open()) {
      NDArray r = mass.sampleMomentum(z.getShape().get(0));
      PhasePoint end = leapfrog.integrate(new PhasePoint(z, r, energy, gradient), eps, 1);
      NDArray h0 = energy.add(mass.kineticEnergy(r));
      NDArray h1 = end.potentialEnergy().add(mass.kineticEnergy(end.momentum()));
      NDArray delta = h1.sub(h0);
      NDArray prob = delta.neg().exp().minimum(1.0);
      double[] v = prob.toType(DataType.FLOAT64, false).toDoubleArray();
      double sum = 0;
      for (double x : v) {
        sum += Double.isNaN(x) ? 0 : x;
      }
      return sum / v.length;
    }
  }
}
