package dev.pyrite.runtime.cli;

import dev.pyrite.Backend;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pyrite run <example> [options]}: validates the options, switches the engine when {@code
 * --engine} names one (else to the example's {@link RunExecutor#preferredEngine()}, if any), and
 * hands a {@link RunRequest} to the example's {@link RunExecutor}.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run an example model.")
final class RunCommand implements Callable<Integer> {
  private final ExampleCatalog examples;

  @Spec private CommandSpec spec;

  @ParentCommand private PyriteCommand parent;

  @Parameters(
      index = "0",
      paramLabel = "EXAMPLE",
      description =
          "Example name, or a run-spec JSON file (options given here override the spec's).")
  private String example;

  @Option(
      names = "--method",
      paramLabel = "svi|hmc|nuts",
      description =
          "Inference method (default: svi for beta-bernoulli and linreg, nuts for eight-schools"
              + " and logreg).")
  private Method method;

  @Option(names = "--guide", paramLabel = "NAME", description = "Autoguide for SVI.")
  private String guide;

  @Option(names = "--steps", paramLabel = "N", description = "SVI steps or MCMC samples.")
  private Integer steps;

  @Option(names = "--samples", paramLabel = "N", description = "MCMC draws kept per chain.")
  private Integer samples;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      description = "MCMC adapting transitions per chain, before the samples.")
  private Integer warmup;

  @Option(names = "--chains", paramLabel = "N", description = "MCMC chains, run vectorised.")
  private Integer chains;

  @Option(names = "--dense-mass", description = "MCMC: adapt a dense mass matrix.")
  private boolean denseMass;

  @Option(
      names = "--centered",
      description = "eight-schools: keep theta centred (default: non-centred).")
  private boolean centered;

  @Option(names = "--lr", paramLabel = "X", description = "Learning rate.")
  private Double lr;

  @Option(names = "--particles", paramLabel = "K", description = "ELBO particles.")
  private Integer particles;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 0).")
  private Long seed;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON.")
  private Path json;

  @Option(
      names = "--plots",
      paramLabel = "DIR",
      description = "Write PNG plots and report.html into DIR (loss; or trace, density, forest).")
  private Path plots;

  @Option(
      names = "--subsample",
      paramLabel = "N",
      description = "Data rows per step, for examples with a data plate (default: all).")
  private Integer subsample;

  /**
   * Creates the command.
   *
   * @param examples the examples it can run
   */
  RunCommand(ExampleCatalog examples) {
    this.examples = examples;
  }

  @Override
  public Integer call() {
    RunRequest request = request();
    String name = request.example();
    RunExecutor executor =
        examples
            .find(name)
            .orElseThrow(
                () ->
                    invalid(
                        "unknown example '"
                            + name
                            + "'; available: "
                            + (examples.names().isEmpty()
                                ? "none"
                                : String.join(", ", examples.names()))));
    try {
      executor.check(request);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
    String engine = request.engine() != null ? request.engine() : executor.preferredEngine();
    if (engine != null) {
      try {
        Backend.use(engine);
      } catch (IllegalArgumentException e) {
        throw invalid(e.getMessage());
      }
    }
    return executor.run(request, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * The validated request.
   *
   * @return the request
   * @throws ParameterException naming the first invalid option
   */
  RunRequest request() {
    RunSpec spec = RunSpecReader.isSpec(example) ? readSpec() : null;
    RunRequest cli = fromOptions(spec == null ? example : spec.model());
    return spec == null ? cli : SpecRequests.merge(spec, cli, seed != null);
  }

  private RunSpec readSpec() {
    try {
      return RunSpecReader.read(Path.of(example));
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  private RunRequest fromOptions(String name) {
    atLeast(1, "--steps", steps);
    atLeast(1, "--samples", samples);
    atLeast(0, "--warmup", warmup);
    atLeast(1, "--chains", chains);
    atLeast(1, "--particles", particles);
    atLeast(1, "--subsample", subsample);
    if (lr != null && !(lr > 0 && Double.isFinite(lr))) {
      throw invalid("--lr must be a positive number, got " + lr);
    }
    if (samples != null && steps != null && !samples.equals(steps)) {
      throw invalid(
          "--samples " + samples + " and --steps " + steps + " disagree; give one of them");
    }
    return new RunRequest(
        name,
        method,
        guide,
        steps,
        lr,
        particles,
        seed == null ? 0L : seed,
        parent.engine(),
        json,
        subsample,
        new McmcRequest(samples, warmup, chains, denseMass),
        centered,
        plots);
  }

  private void atLeast(int min, String option, Integer value) {
    if (value != null && value < min) {
      throw invalid(
          option
              + " must be at least "
              + min
              + ", got "
              + value
              + "; omit it for the example's default");
    }
  }

  private ParameterException invalid(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
