package dev.pyrite.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code pyrite verify-reference}: failing quantities are printed with id, quantity, expected and
 * actual values, the last line counts passes and failures, and the exit status says whether any
 * failed.
 */
class VerifyReferenceCommandTest {
  private static final String CASE =
      "{\"distributions\": [{\"id\": \"Normal/0\", \"name\": \"Normal\","
          + " \"params\": {\"loc\": 0.0, \"scale\": 1.0}, \"x\": [0.0, 1.0],"
          + " \"log_prob\": [-0.9189385332046727, -1.4189385332046727], \"mean\": 0.0,"
          + " \"variance\": %s}], \"kl\": [], \"transforms\": []}";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = PyriteCommand.commandLine(List::of, null);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private Path file(String variance) throws IOException {
    Path f = dir.resolve("reference.json");
    Files.writeString(f, String.format(CASE, variance));
    return f;
  }

  @Test
  void aFileThatMatchesExitsWithZero() throws IOException {
    int status = run("verify-reference", file("1.0").toString());
    assertEquals(0, status, err.toString());
    String[] lines = out.toString().strip().split("\\R");
    assertEquals("3 passed, 0 failed", lines[lines.length - 1]);
  }

  @Test
  void aWrongValueIsPrintedAndExitsWithOne() throws IOException {
    int status = run("verify-reference", file("2.0").toString());
    assertEquals(1, status, err.toString());
    String text = out.toString();
    assertTrue(text.contains("FAIL Normal/0 variance"), text);
    assertTrue(text.contains("expected: () [2.0000000000000000]"), text);
    assertTrue(text.contains("actual:   () [1.0000000000000000]"), text);
    String[] lines = text.strip().split("\\R");
    assertEquals("2 passed, 1 failed", lines[lines.length - 1]);
  }

  @Test
  void aMissingFileIsAnInputError() {
    int status = run("verify-reference", dir.resolve("missing.json").toString());
    assertEquals(2, status);
    assertTrue(err.toString().contains("no reference file at"), err.toString());
  }
}
