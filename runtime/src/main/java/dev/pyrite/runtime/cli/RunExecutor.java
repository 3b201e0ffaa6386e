package dev.pyrite.runtime.cli;

import java.io.PrintWriter;

/**
 * Runs one example for {@code pyrite run}.
 *
 * <pre>{@code
 * RunExecutor e = new LogregExecutor();
 * e.check(request);                 // option errors, before any work
 * int status = e.run(request, out, err);
 * }</pre>
 */
@FunctionalInterface
public interface RunExecutor {
  /**
   * Checks the options that only this example knows, before the engine is switched or any data is
   * read. {@code pyrite run} reports a failure as an invalid option (exit status 2).
   *
   * @param request the request, its generic options already validated
   * @throws IllegalArgumentException naming the option, the value, the allowed values and the fix
   */
  default void check(RunRequest request) {}

  /**
   * The DJL engine this example runs on when {@code --engine} names none: the one the bench shows
   * fastest for it.
   *
   * @return the engine name, or {@code null} for DJL's default engine
   */
  default String preferredEngine() {
    return null;
  }

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
