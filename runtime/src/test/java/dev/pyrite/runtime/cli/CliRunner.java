package dev.pyrite.runtime.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs {@code pyrite} commands with the built-in examples through the command object, capturing
 * standard out and error (progress bars still go to {@code System.err}).
 *
 * <pre>{@code
 * CliRunner.Result r = CliRunner.run("run", "logreg", "--chains", "0");
 * assertEquals(2, r.status());
 * }</pre>
 */
final class CliRunner {
  private CliRunner() {}

  /**
   * What a command did.
   *
   * @param status the exit status
   * @param out what it printed on standard out
   * @param err what it printed on standard error
   */
  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = PyriteCommand.commandLine(List::of, new BuiltinExamples());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int status = cl.execute(args);
    return new Result(status, out.toString(), err.toString());
  }
}
