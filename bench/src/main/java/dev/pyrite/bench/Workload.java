package dev.pyrite.bench;

import java.util.Map;

/**
 * One benchmark workload of {@code shared/bench-data/README.md}.
 *
 * <pre>{@code
 * Map<String, Object> figures = new W9().run(5000);
 * Map<String, Object> nuts = new W6().run(1000, 1000); // samples, warmup
 * }</pre>
 */
public interface Workload {
  /**
   * The workload id, e.g. {@code "W1"}.
   *
   * @return the id
   */
  String id();

  /**
   * The number of steps the definition prescribes: SVI steps, or MCMC samples per chain.
   *
   * @return the default step count
   */
  int defaultSteps();

  /**
   * The number of warmup transitions per chain the definition prescribes (0 for SVI workloads,
   * which have none).
   *
   * @return the default warmup
   */
  default int defaultWarmup() {
    return 0;
  }

  /**
   * Runs the workload and returns its figures (timings and the posterior figures that show the run
   * was correct).
   *
   * @param steps how many steps to run
   * @return figure name to value, in output order
   */
  Map<String, Object> run(int steps);

  /**
   * Runs the workload with a given warmup; SVI workloads have no warmup and ignore it.
   *
   * @param steps SVI steps, or MCMC samples per chain
   * @param warmup MCMC warmup transitions per chain
   * @return figure name to value, in output order
   */
  default Map<String, Object> run(int steps, int warmup) {
    return run(steps);
  }
}
