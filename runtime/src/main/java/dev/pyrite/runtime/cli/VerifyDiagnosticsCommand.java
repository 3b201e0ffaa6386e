package dev.pyrite.runtime.cli;

import dev.pyrite.distributions.reference.Outcome;
import dev.pyrite.distributions.reference.Report;
import dev.pyrite.mcmc.diagnostics.DiagnosticsChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pyrite verify-diagnostics FILE}: evaluates the MCMC diagnostics (effective sample size,
 * R-hat, autocorrelation, autocovariance, HPDI, quantiles) on every set of chains in a reference
 * file ({@code shared/reference/diagnostics.json}), prints each failing quantity with its set,
 * expected and actual values, and ends with {@code N passed, M failed} (relative tolerance 1e-8).
 * Exit status 0 when nothing failed, 1 otherwise.
 */
@Command(
    name = "verify-diagnostics",
    mixinStandardHelpOptions = true,
    description =
        "Check the MCMC diagnostics against a reference file (the schema of"
            + " shared/reference/diagnostics.json).")
final class VerifyDiagnosticsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A diagnostics reference JSON file.")
  private Path file;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(
          spec.commandLine(), "no reference file at " + file.toAbsolutePath());
    }
    Report report;
    try {
      report = new DiagnosticsChecker().check(file);
    } catch (IOException | IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "cannot read " + file + " as a diagnostics file: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Outcome o : report.failures()) {
      out.println("FAIL " + o.id() + " " + o.quantity());
      out.println("  expected: " + o.expected());
      out.println("  actual:   " + o.actual());
      out.println("  " + o.detail());
    }
    out.println(report.summary());
    out.flush();
    return report.failed() > 0 ? 1 : 0;
  }
}
