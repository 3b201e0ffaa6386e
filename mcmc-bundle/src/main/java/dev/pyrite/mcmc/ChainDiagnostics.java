package dev.pyrite.mcmc;

/**
 * The figures of one chain over the post-warmup transitions (over warmup while it runs).
 *
 * <pre>{@code
 * for (ChainDiagnostics c : mcmc.chainDiagnostics()) {
 *   System.out.println(c.chain() + ": " + c.divergences() + " divergences");
 * }
 * }</pre>
 *
 * @param chain the chain index
 * @param divergences divergent transitions after warmup
 * @param warmupDivergences divergent transitions during warmup
 * @param meanTreeDepth mean tree depth (HMC: 0)
 * @param meanNumSteps mean leapfrog steps per transition
 * @param meanAcceptProb mean acceptance statistic
 * @param stepSize the chain's step size (adapted, frozen after warmup)
 */
public record ChainDiagnostics(
    int chain,
    long divergences,
    long warmupDivergences,
    double meanTreeDepth,
    double meanNumSteps,
    double meanAcceptProb,
    double stepSize) {}
