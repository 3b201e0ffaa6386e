package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * The Metropolis correction of HMC, batched over chains: accept the end of a trajectory with
 * probability {@code min(1, exp(H0 - H1))}. An energy error above {@value #MAX_ENERGY_ERROR} (or
 * NaN) marks the trajectory divergent; a NaN error is never accepted.
 *
 * <pre>{@code
 * Metropolis m = Metropolis.decide(h0, h1);          // (chains) each
 * NDArray z = m.select(proposedZ, currentZ);         // accepted rows from the proposal
 * double[] stats = m.summary();                      // {mean accept prob, divergent chains}
 * }</pre>
 *
 * @param acceptProb the acceptance probability per chain
 * @param diverging whether each chain's trajectory diverged (boolean)
 * @param accept whether each chain moves (boolean)
 */
public record Metropolis(NDArray acceptProb, NDArray diverging, NDArray accept) {
  /** The energy error beyond which a trajectory counts as divergent (Pyro's value). */
  public static final double MAX_ENERGY_ERROR = 1000.0;

  /**
   * Draws the accept decisions.
   *
   * @param h0 the Hamiltonian at the start, {@code (chains)}
   * @param h1 the Hamiltonian at the end, {@code (chains)}
   * @return the decisions, in the caller's scope
   */
  public static Metropolis decide(NDArray h0, NDArray h1) {
    NDArray delta = h1.sub(h0);
    NDArray inf =
        delta.getManager().full(delta.getShape(), Float.POSITIVE_INFINITY, delta.getDataType());
    NDArray clean = NDArrays.where(delta.isNaN(), inf, delta);
    NDArray acceptProb = clean.neg().exp().minimum(1.0);
    NDArray u = delta.getManager().randomUniform(0f, 1f, delta.getShape(), delta.getDataType());
    return new Metropolis(acceptProb, clean.gt(MAX_ENERGY_ERROR), u.lt(acceptProb));
  }

  /**
   * Picks, per chain, the proposal where accepted and the current value elsewhere.
   *
   * @param proposed values with a leading chain dim
   * @param current values of the same shape
   * @return the selection, in the caller's scope
   */
  public NDArray select(NDArray proposed, NDArray current) {
    Shape s = proposed.getShape();
    NDArray mask = accept;
    if (s.dimension() > 1) {
      long[] dims = new long[s.dimension()];
      java.util.Arrays.fill(dims, 1L);
      dims[0] = s.get(0);
      mask = accept.reshape(new Shape(dims)).broadcast(s);
    }
    return NDArrays.where(mask, proposed, current);
  }

  /**
   * Reads the figures adaptation and diagnostics need back to Java, in one transfer.
   *
   * @return {@code {mean acceptance probability over chains, number of divergent chains}}
   */
  public double[] summary() {
    NDArray both =
        NDArrays.stack(new NDList(acceptProb, diverging.toType(acceptProb.getDataType(), false)));
    double[] v = both.toType(DataType.FLOAT64, false).toDoubleArray();
    int chains = v.length / 2;
    double accepted = 0;
    double divergent = 0;
    for (int i = 0; i < chains; i++) {
      accepted += v[i];
      divergent += v[chains + i];
    }
    return new double[] {accepted / chains, divergent};
  }

  /**
   * Reads the per-chain figures back to Java, in one transfer.
   *
   * @param energy the Hamiltonian of each chain's new state
   * @return {@code {acceptProb[], diverging (0/1)[], energy[]}}, one entry per chain each
   */
  public double[][] perChain(NDArray energy) {
    NDArray all =
        NDArrays.stack(
            new NDList(
                acceptProb,
                diverging.toType(acceptProb.getDataType(), false),
                energy.toType(acceptProb.getDataType(), false)));
    double[] v = all.toType(DataType.FLOAT64, false).toDoubleArray();
    int chains = v.length / 3;
    double[][] out = new double[3][chains];
    for (int k = 0; k < 3; k++) {
      System.arraycopy(v, k * chains, out[k], 0, chains);
    }
    return out;
  }
}
