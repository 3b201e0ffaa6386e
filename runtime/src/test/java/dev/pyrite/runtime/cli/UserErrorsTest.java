package dev.pyrite.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * User errors exit without a stack trace and name what is available; bugs keep their stack trace.
 */
class UserErrorsTest {
  @Test
  void unknownGuideIsRejectedBeforeAnyWorkWithTheAvailableGuides() {
    CliRunner.Result r = CliRunner.run("run", "beta-bernoulli", "--guide", "AutoNope");
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("--guide AutoNope: no autoguide named AutoNope"), r.err());
    assertTrue(r.err().contains("AutoDiagonalNormal"), r.err());
    assertTrue(r.err().contains("AutoNormal"), r.err());
    assertNoStackTrace(r.err());
  }

  @Test
  void userErrorsAtRunTimePrintOneLineAndExitWithOne() {
    Failing.failure = new IllegalArgumentException("site 'x': scale must be positive, got -1");
    assertEquals("pyrite: site 'x': scale must be positive, got -1", failingRun(1));
    Failing.failure =
        new UncheckedIOException(
            "cannot read data.csv", new NoSuchFileException("data.csv: no such file"));
    assertEquals("pyrite: cannot read data.csv", failingRun(1));
  }

  @Test
  void bugsKeepTheirStackTrace() {
    Failing.failure = new IllegalStateException("broken invariant");
    CommandLine cl = new CommandLine(new Failing());
    cl.setExecutionExceptionHandler(new UserErrors());
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    assertEquals(1, cl.execute());
    assertTrue(err.toString().contains("\tat "), err.toString());
    assertThrows(
        IllegalStateException.class,
        () -> new UserErrors().handleExecutionException(Failing.failure, cl, null));
  }

  private static String failingRun(int expectedStatus) {
    CommandLine cl = new CommandLine(new Failing());
    cl.setExecutionExceptionHandler(new UserErrors());
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    assertEquals(expectedStatus, cl.execute());
    assertNoStackTrace(err.toString());
    return err.toString().strip();
  }

  private static void assertNoStackTrace(String err) {
    assertFalse(err.contains("\tat "), err);
    assertFalse(err.contains("Exception"), err);
  }

  /** A command that throws {@link #failure}. */
  @Command(name = "failing")
  static final class Failing implements Callable<Integer> {
    static RuntimeException failure;

    @Override
    public Integer call() {
      throw failure;
    }
  }
}
