package dev.pyrite.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyrite.testkit.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pyrite verify-diagnostics}: the shared reference passes; a wrong value is printed. */
class VerifyDiagnosticsCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = PyriteCommand.commandLine(List::of, null);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private String lastLine() {
    String[] lines = out.toString().strip().split("\\R");
    return lines[lines.length - 1];
  }

  @Test
  void theSharedReferencePasses() {
    int status =
        run("verify-diagnostics", SharedData.path("reference/diagnostics.json").toString());
    assertEquals(0, status, out + err.toString());
    assertTrue(lastLine().endsWith(" passed, 0 failed"), lastLine());
  }

  @Test
  void aWrongValueIsPrintedAndExitsWithOne() throws IOException {
    Path f = dir.resolve("d.json");
    Files.writeString(
        f,
        "{\"sets\": [{\"name\": \"tiny\", \"shape\": [1, 4], \"chains\": [[1, 2, 3, 4]],"
            + " \"expected\": {\"pooled_mean\": 2.5, \"quantile_0.5\": 2.0}}]}");
    assertEquals(1, run("verify-diagnostics", f.toString()));
    assertTrue(out.toString().contains("FAIL tiny quantile_0.5"), out.toString());
    assertEquals("1 passed, 1 failed", lastLine());
  }

  @Test
  void aMissingFileIsAnInputError() {
    assertEquals(2, run("verify-diagnostics", dir.resolve("missing.json").toString()));
    assertTrue(err.toString().contains("no reference file at"), err.toString());
  }
}
