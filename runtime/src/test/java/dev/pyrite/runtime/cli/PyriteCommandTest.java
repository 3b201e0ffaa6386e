package dev.pyrite.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyrite.PluginInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PyriteCommandTest {
  private final AtomicReference<RunRequest> received = new AtomicReference<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private final ExampleCatalog catalog =
      new ExampleCatalog() {
        @Override
        public Optional<RunExecutor> find(String name) {
          return names().contains(name)
              ? Optional.of(
                  (request, o, e) -> {
                    received.set(request);
                    return 0;
                  })
              : Optional.empty();
        }

        @Override
        public SortedSet<String> names() {
          return new TreeSet<>(List.of("beta_bernoulli", "eight_schools"));
        }
      };

  private CommandLine cli() {
    CommandLine cl =
        PyriteCommand.commandLine(
            () -> List.of(new PluginInfo("elbo", "TraceElbo", "dev.pyrite.svi", "0.1.0")), catalog);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl;
  }

  @Test
  void runParsesEveryOptionIntoTheRequest() {
    int status =
        cli()
            .execute(
                "run",
                "eight_schools",
                "--method",
                "hmc",
                "--guide",
                "AutoNormal",
                "--steps",
                "500",
                "--lr",
                "0.01",
                "--particles",
                "4",
                "--seed",
                "7",
                "--json",
                "out.json");
    assertEquals(0, status, err.toString());
    assertEquals(
        new RunRequest(
            "eight_schools", Method.HMC, "AutoNormal", 500, 0.01, 4, 7L, null, Path.of("out.json")),
        received.get());
  }

  @Test
  void omittedOptionsAreTheExampleDefaults() {
    assertEquals(0, cli().execute("run", "beta_bernoulli"), err.toString());
    RunRequest r = received.get();
    assertNull(r.method());
    assertEquals(McmcRequest.NONE, r.mcmc());
    assertNull(r.steps());
    assertNull(r.lr());
    assertEquals(0L, r.seed());
  }

  @Test
  void mcmcOptionsAreParsedIntoTheRequest() {
    int status =
        cli()
            .execute(
                "run",
                "eight_schools",
                "--method",
                "nuts",
                "--samples",
                "200",
                "--warmup",
                "0",
                "--chains",
                "4",
                "--dense-mass",
                "--centered");
    assertEquals(0, status, err.toString());
    RunRequest r = received.get();
    assertEquals(Method.NUTS, r.method());
    assertEquals(new McmcRequest(200, 0, 4, true), r.mcmc());
    assertTrue(r.centered());
  }

  @Test
  void engineIsInheritedBeforeOrAfterTheSubcommand() {
    for (String[] args :
        List.of(
            new String[] {"--engine", "PyTorch", "run", "x"},
            new String[] {"run", "x", "--engine", "PyTorch"})) {
      CommandLine cl = cli();
      CommandLine.ParseResult parsed = cl.parseArgs(args);
      RunCommand run = (RunCommand) parsed.subcommand().commandSpec().userObject();
      assertEquals("PyTorch", run.request().engine());
    }
  }

  @Test
  void invalidValuesExitWithTwoAndNameTheOption() {
    assertEquals(2, cli().execute("run", "beta_bernoulli", "--steps", "0"));
    assertTrue(err.toString().contains("--steps must be at least 1, got 0"), err.toString());
    assertEquals(2, cli().execute("run", "beta_bernoulli", "--lr", "-0.5"));
    assertEquals(2, cli().execute("run", "beta_bernoulli", "--method", "vi"));
    assertNull(received.get());
  }

  @Test
  void unknownExampleListsTheKnownOnes() {
    assertEquals(2, cli().execute("run", "nope"));
    assertTrue(
        err.toString().contains("unknown example 'nope'; available: beta_bernoulli, eight_schools"),
        err.toString());
  }

  @Test
  void listPrintsTheTable() {
    assertEquals(0, cli().execute("list", "--engine", "MXNet"));
    assertEquals(
        List.of(
            "KIND  NAME       BUNDLE          VERSION", "elbo  TraceElbo  dev.pyrite.svi  0.1.0"),
        out.toString().lines().toList());
  }

  @Test
  void noSubcommandPrintsUsageAndExitsWithTwo() {
    assertEquals(2, cli().execute());
    assertTrue(err.toString().contains("Usage: pyrite"), err.toString());
  }
}
