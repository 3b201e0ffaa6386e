package dev.pyrite.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The distribution as users run it: {@code java -cp 'runtime/target/pyrite/lib/*' Launcher ...} in
 * a child JVM. Standard out carries only the command's output; the framework cache is removed.
 */
class LauncherIT {
  private static final long TIMEOUT_SECONDS = 180;

  private final Path work = PyriteOptions.reactorDir().resolve("itests/target/launcher");

  /** The result of one launcher run. */
  private record Result(int status, String out, String err) {}

  @Test
  void listPrintsOnlyTheTableExitsWithZeroAndRemovesTheCache() throws Exception {
    Result r = launch(List.of(), "list");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).matches("KIND\\s+NAME\\s+BUNDLE\\s+VERSION"), r.out());
    for (String row : lines.subList(1, lines.size())) {
      assertEquals(4, row.trim().split("\\s{2,}").length, row);
    }
    try (Stream<Path> left = Files.list(work.resolve("tmp"))) {
      assertEquals(
          List.of(),
          left.filter(p -> p.getFileName().toString().startsWith("pyrite-felix-")).toList());
    }
  }

  @Test
  void engineOptionAfterTheCommandBecomesDjlsDefaultEngine() throws Exception {
    Result r =
        launch(
            List.of("-Dorg.slf4j.simpleLogger.log.dev.pyrite.internal.engine=info"),
            "list",
            "--engine",
            "PyTorch");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("KIND"), r.out());
    assertTrue(r.err().contains("default PyTorch"), r.err());
  }

  @Test
  void usageErrorsExitWithTwoOnStandardError() throws Exception {
    Result r = launch(List.of(), "run", "no-such-example");
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().contains("unknown example 'no-such-example'"), r.err());
  }

  private Result launch(List<String> jvmArgs, String... args)
      throws IOException, InterruptedException {
    Path tmp = Files.createDirectories(work.resolve("tmp"));
    Path lib = PyriteOptions.reactorDir().resolve("runtime/target/pyrite/lib");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true",
                "-DOPT_OUT_TRACKING=true",
                "-Djava.io.tmpdir=" + tmp,
                "-Dpyrite.deploy=" + work.resolve("deploy")));
    command.addAll(jvmArgs);
    command.addAll(List.of("-cp", lib + "/*", "dev.pyrite.runtime.launcher.Launcher"));
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectOutput(work.resolve("out.txt").toFile())
            .redirectError(work.resolve("err.txt").toFile());
    pb.environment().put("OPT_OUT_TRACKING", "true");
    pb.environment().put("DJL_OFFLINE", "true");
    Process process = pb.start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          "launcher did not exit within " + TIMEOUT_SECONDS + " s: " + command);
    }
    return new Result(
        process.exitValue(),
        Files.readString(work.resolve("out.txt")),
        Files.readString(work.resolve("err.txt")));
  }
}
