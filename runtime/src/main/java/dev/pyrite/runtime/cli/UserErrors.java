package dev.pyrite.runtime.cli;

import dev.pyrite.PluginNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a user error met while a command runs (an unknown plug-in name, an invalid value found
 * only when the model runs, a data file that cannot be read) as one line {@code pyrite: <message>}
 * and exits with status 1, without a stack trace. Anything else is a bug: it keeps picocli's stack
 * trace.
 *
 * <pre>{@code
 * commandLine.setExecutionExceptionHandler(new UserErrors());
 * }</pre>
 */
final class UserErrors implements IExecutionExceptionHandler {
  /** The exit status of a command that met a user error. */
  static final int STATUS = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed)
      throws Exception {
    if (!isUserError(e)) {
      throw e;
    }
    cl.getErr().println("pyrite: " + message(e));
    cl.getErr().flush();
    return STATUS;
  }

  /**
   * Whether an exception reports something the user can fix rather than a bug.
   *
   * @param e the exception
   * @return true for invalid arguments, missing plug-ins and unreadable files
   */
  static boolean isUserError(Throwable e) {
    return e instanceof IllegalArgumentException
        || e instanceof PluginNotFoundException
        || e instanceof UncheckedIOException
        || e instanceof IOException;
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
