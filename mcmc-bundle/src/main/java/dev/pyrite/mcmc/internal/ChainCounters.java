package dev.pyrite.mcmc.internal;

import dev.pyrite.mcmc.ChainDiagnostics;
import dev.pyrite.mcmc.DrawStatistics;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-chain running totals of the transitions' statistics, kept apart for warmup and sampling.
 *
 * <pre>{@code
 * ChainCounters c = new ChainCounters(4);
 * c.record(stats, warmup);
 * List<ChainDiagnostics> d = c.diagnostics(stepSizes);
 * }</pre>
 */
public final class ChainCounters {
  private final Totals warmup;
  private final Totals sampling;

  /**
   * Zero totals.
   *
   * @param chains the number of chains
   */
  public ChainCounters(int chains) {
    warmup = new Totals(chains);
    sampling = new Totals(chains);
  }

  /**
   * Adds one transition.
   *
   * @param d its statistics
   * @param inWarmup whether it was a warmup transition
   */
  public void record(DrawStatistics d, boolean inWarmup) {
    (inWarmup ? warmup : sampling).add(d);
  }

  /**
   * Figures per chain: over sampling, or over warmup while no sampling transition was made.
   *
   * @param stepSizes the current step size of each chain
   * @return one entry per chain
   */
  public List<ChainDiagnostics> diagnostics(double[] stepSizes) {
    Totals t = sampling.count > 0 ? sampling : warmup;
    List<ChainDiagnostics> out = new ArrayList<>();
    for (int c = 0; c < stepSizes.length; c++) {
      double n = t.count;
      out.add(
          new ChainDiagnostics(
              c,
              sampling.divergences[c],
              warmup.divergences[c],
              t.depth[c] / n,
              t.steps[c] / n,
              t.accept[c] / n,
              stepSizes[c]));
    }
    return out;
  }

  /**
   * Divergences summed over chains.
   *
   * @param inWarmup warmup's (else sampling's)
   * @return the count
   */
  public long divergences(boolean inWarmup) {
    long n = 0;
    for (long d : (inWarmup ? warmup : sampling).divergences) {
      n += d;
    }
    return n;
  }

  /**
   * The acceptance statistic averaged over chains and transitions (sampling, else warmup).
   *
   * @return the mean, NaN before any transition
   */
  public double meanAcceptProb() {
    Totals t = sampling.count > 0 ? sampling : warmup;
    double sum = 0;
    for (double a : t.accept) {
      sum += a;
    }
    return sum / (t.count * (double) t.accept.length);
  }

  private static final class Totals {
    final long[] divergences;
    final double[] depth;
    final double[] steps;
    final double[] accept;
    long count;

    Totals(int chains) {
      divergences = new long[chains];
      depth = new double[chains];
      steps = new double[chains];
      accept = new double[chains];
    }

    void add(DrawStatistics d) {
      for (int c = 0; c < divergences.length; c++) {
        divergences[c] += d.diverging()[c] ? 1 : 0;
        depth[c] += d.treeDepth()[c];
        steps[c] += d.numSteps()[c];
        accept[c] += d.acceptProb()[c];
      }
      count++;
    }
  }
}
