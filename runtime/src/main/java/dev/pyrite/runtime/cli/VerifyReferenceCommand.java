package dev.pyrite.runtime.cli;

import dev.pyrite.Backend;
import dev.pyrite.distributions.reference.Outcome;
import dev.pyrite.distributions.reference.ReferenceChecker;
import dev.pyrite.distributions.reference.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pyrite verify-reference FILE}: evaluates every case of a reference file (distributions, KL
 * divergences, transforms) with Pyrite in float64 on the selected engine, prints each failing case
 * with its id, quantity, expected and actual values, and ends with {@code N passed, M failed}. Exit
 * status 0 when nothing failed, 1 otherwise.
 */
@Command(
    name = "verify-reference",
    mixinStandardHelpOptions = true,
    description =
        "Check distributions, KL divergences and transforms against a reference file"
            + " (the schema of shared/reference).")
final class VerifyReferenceCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private PyriteCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "A reference JSON file.")
  private Path file;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(
          spec.commandLine(), "no reference file at " + file.toAbsolutePath());
    }
    if (parent != null && parent.engine() != null) {
      try {
        Backend.use(parent.engine());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    Report report;
    try {
      report = new ReferenceChecker().check(file);
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), "cannot read " + file + " as JSON: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("engine: " + Backend.engine().getEngineName() + ", dtype: float64");
    for (Outcome o : report.failures()) {
      out.println("FAIL " + o.id() + " " + o.quantity());
      out.println("  expected: " + o.expected());
      out.println("  actual:   " + o.actual());
      if (!o.detail().equals(o.actual())) {
        out.println("  " + o.detail());
      }
    }
    out.println(report.summary());
    out.flush();
    return report.failed() > 0 ? 1 : 0;
  }
}
