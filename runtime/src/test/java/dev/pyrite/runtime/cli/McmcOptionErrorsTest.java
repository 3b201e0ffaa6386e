package dev.pyrite.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad MCMC options of {@code pyrite run} exit with status 2 before any work (no JSON is written),
 * with a message that names the option, the value or the allowed values, and the fix.
 */
class McmcOptionErrorsTest {
  @TempDir Path dir;

  @Test
  void rangesAreCheckedForEveryExample() {
    rejected("--chains must be at least 1, got 0", "eight-schools", "--chains", "0");
    rejected("--samples must be at least 1, got 0", "logreg", "--samples", "0");
    rejected("--warmup must be at least 0, got -1", "eight-schools", "--warmup", "-1");
    rejected("--samples 10 and --steps 20 disagree", "logreg", "--samples", "10", "--steps", "20");
  }

  @Test
  void centeredIsForEightSchoolsOnly() {
    rejected("--centered applies to eight-schools only", "logreg", "--centered");
    rejected("--centered applies to eight-schools only", "beta-bernoulli", "--centered");
  }

  @Test
  void methodsAndOptionsMustFitTheExample() {
    rejected(
        "eight-schools runs with --method nuts|hmc, got --method svi",
        "eight-schools",
        "--method",
        "svi");
    rejected("--lr applies to --method svi only; logreg runs MCMC", "logreg", "--lr", "0.1");
    rejected(
        "--warmup applies to --method hmc|nuts only; linreg runs SVI only",
        "linreg",
        "--warmup",
        "10");
    rejected("linreg runs with --method svi only, got --method nuts", "linreg", "--method", "nuts");
    rejected("--chains applies to --method hmc|nuts only", "beta-bernoulli", "--chains", "2");
  }

  private void rejected(String message, String example, String... options) {
    Path json = dir.resolve(example + ".json");
    List<String> args =
        new java.util.ArrayList<>(List.of("run", example, "--json", json.toString()));
    args.addAll(List.of(options));
    CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
    assertEquals(2, r.status(), r.out() + r.err());
    assertTrue(r.err().contains(message), r.err());
    assertFalse(Files.exists(json), "wrote " + json);
  }
}
