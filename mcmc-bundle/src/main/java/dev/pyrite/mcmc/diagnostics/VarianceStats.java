package dev.pyrite.mcmc.diagnostics;

/**
 * The within-chain variance and the pooled variance estimator of the Stan reference manual, as
 * Pyro's {@code _compute_chain_variance_stats}: {@code W} is the mean unbiased chain variance and
 * {@code var+ = (N - 1) / N W + B / N}, with {@code B / N} the unbiased variance of the chain
 * means. With one chain {@code W} is replaced by {@code var+}, so the multi-chain autocorrelation
 * reduces to the single-chain one.
 */
record VarianceStats(double within, double estimator) {

  static VarianceStats of(double[][] chains) {
    int n = chains[0].length;
    double[] means = new double[chains.length];
    double within = 0;
    for (int c = 0; c < chains.length; c++) {
      means[c] = Diagnostics.mean(chains[c]);
      within += Diagnostics.variance(chains[c]) / chains.length;
    }
    double estimator = (n - 1) / (double) n * within;
    if (chains.length > 1) {
      return new VarianceStats(within, estimator + Diagnostics.variance(means));
    }
    return new VarianceStats(estimator, estimator);
  }
}
