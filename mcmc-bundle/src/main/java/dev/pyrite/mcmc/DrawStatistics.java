package dev.pyrite.mcmc;

/**
 * What one transition of a batch of chains did, per chain, read back once per transition: NumPyro's
 * {@code extra_fields} ({@code num_steps}, {@code diverging}, {@code energy}, {@code accept_prob})
 * plus the NUTS tree depth.
 *
 * <pre>{@code
 * DrawStatistics d = nuts.lastDraw();
 * int depthOfChain0 = d.treeDepth()[0];
 * }</pre>
 *
 * @param treeDepth the tree depth of each chain (HMC: 0)
 * @param numSteps the leapfrog steps of each chain
 * @param diverging whether each chain's trajectory diverged
 * @param energy the Hamiltonian (potential plus kinetic energy) of each chain's new state
 * @param acceptProb each chain's acceptance statistic (NUTS: the mean over the tree's leaves)
 */
public record DrawStatistics(
    int[] treeDepth, int[] numSteps, boolean[] diverging, double[] energy, double[] acceptProb) {}
