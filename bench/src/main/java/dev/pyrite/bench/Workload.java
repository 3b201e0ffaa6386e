package dev.pyrite.bench;

import java.util.Map;

/**
 * One benchmark workload of {@code shared/bench-data/README.md}.
 *
 * <pre>{@code
 * Map<String, Object> figures = new W9().run(5000);
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
   * The number of steps the definition prescribes.
   *
   * @return the default step count
   */
  int defaultSteps();

  /**
   * Runs the workload and returns its figures (timings and the posterior figures that show the run
   * was correct).
   *
   * @param steps how many steps to run
   * @return figure name to value, in output order
   */
  Map<String, Object> run(int steps);
}
