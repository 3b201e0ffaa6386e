package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.Scope;

/**
 * The "find a reasonable step size" heuristic (Hoffman and Gelman 2014, algorithm 4), per chain:
 * from the current point, take one leapfrog step with a fresh momentum and double (or halve) each
 * chain's step size until its acceptance probability crosses 1/2. All chains take their trial step
 * in one batched evaluation; one vector is read back per trial.
 *
 * <pre>{@code
 * double[] eps = StepSizeSearch.find(leapfrog, mass, z, u, grad, new double[] {1, 1, 1, 1});
 * }</pre>
 */
public final class StepSizeSearch {
  /** The acceptance probability the search crosses. */
  public static final double THRESHOLD = 0.5;

  private static final int MAX_TRIALS = 100;

  private StepSizeSearch() {}

  /**
   * Finds the step sizes.
   *
   * @param leapfrog the integrator
   * @param mass the mass matrix
   * @param z positions {@code (chains, dim)}
   * @param energy potential energies at {@code z}
   * @param gradient gradients at {@code z}
   * @param start the step size of each chain to start from
   * @return per chain, the first step size at which the acceptance crosses the threshold
   */
  public static double[] find(
      Leapfrog leapfrog,
      MassMatrix mass,
      NDArray z,
      NDArray energy,
      NDArray gradient,
      double[] start) {
    int chains = start.length;
    double[] eps = start.clone();
    int[] direction = new int[chains];
    boolean[] done = new boolean[chains];
    int remaining = chains;
    for (int i = 0; i < MAX_TRIALS && remaining > 0; i++) {
      double[] accept = acceptProb(leapfrog, mass, z, energy, gradient, eps);
      for (int c = 0; c < chains; c++) {
        if (done[c]) {
          continue;
        }
        int d = accept[c] > THRESHOLD ? 1 : -1;
        if (direction[c] == 0) {
          direction[c] = d;
        } else if (d != direction[c]) {
          done[c] = true;
          remaining--;
          continue;
        }
        eps[c] = direction[c] > 0 ? eps[c] * 2 : eps[c] / 2;
      }
    }
    return eps;
  }

  private static double[] acceptProb(
      Leapfrog leapfrog,
      MassMatrix mass,
      NDArray z,
      NDArray energy,
      NDArray gradient,
      double[] eps) {
    try (Scope s = Scope.open()) {
      NDArray r = mass.sampleMomentum();
      PhasePoint end = leapfrog.step(z, r, gradient, Leapfrog.column(z, eps));
      NDArray h0 = energy.add(MassMatrix.kineticEnergy(r, mass.velocity(r)));
      NDArray v = mass.velocity(end.momentum());
      NDArray h1 = end.potentialEnergy().add(MassMatrix.kineticEnergy(end.momentum(), v));
      NDArray prob = h0.sub(h1).exp().minimum(1.0);
      double[] out = prob.toType(DataType.FLOAT64, false).toDoubleArray();
      for (int c = 0; c < out.length; c++) {
        out[c] = Double.isNaN(out[c]) ? 0 : out[c];
      }
      return out;
    }
  }
}
