package dev.pyrite.runtime.cli;

import java.io.PrintWriter;

/** Runs one example for {@code pyrite run}. */
@FunctionalInterface
public interface RunExecutor {
  /**
   * Runs the example.
   *
   * @param request the validated request
   * @param out where results go (standard out)
   * @param err where diagnostics go (standard error; progress bars use it too)
   * @return the exit status
   */
  int run(RunRequest request, PrintWriter out, PrintWriter err);
}
