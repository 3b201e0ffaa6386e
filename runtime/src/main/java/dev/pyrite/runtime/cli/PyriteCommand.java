package dev.pyrite.runtime.cli;

import dev.pyrite.PluginInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code pyrite} command. Without a subcommand it prints the usage and returns 2.
 * {@code --engine} is accepted by every subcommand; the launcher already made it DJL's default
 * engine before the framework started.
 */
@Command(
    name = "pyrite",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Deep probabilistic programming for the JVM.")
public final class PyriteCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--engine",
      scope = ScopeType.INHERIT,
      paramLabel = "NAME",
      description = "DJL engine: MXNet (default), PyTorch or Jvm (plain Java, no native code).")
  private String engine;

  /**
   * Builds the command line with its subcommands, writing to standard out and error.
   *
   * @param plugins the plug-ins {@code list} shows
   * @param examples the examples {@code run} can run
   * @return the command line
   */
  public static CommandLine commandLine(
      Supplier<List<PluginInfo>> plugins, ExampleCatalog examples) {
    CommandLine cl = new CommandLine(new PyriteCommand());
    cl.addSubcommand(new ListCommand(plugins));
    cl.addSubcommand(new RunCommand(examples));
    cl.addSubcommand(new VerifyReferenceCommand());
    cl.addSubcommand(new VerifyDiagnosticsCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(System.out, true));
    cl.setErr(new PrintWriter(System.err, true));
    cl.setParameterExceptionHandler(PyriteCommand::invalidInput);
    cl.setExecutionExceptionHandler(new UserErrors());
    return cl;
  }

  /**
   * The engine named with {@code --engine}.
   *
   * @return the engine name, or {@code null} when not given
   */
  String engine() {
    return engine;
  }

  private static int invalidInput(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    cl.getErr().println("pyrite: " + e.getMessage());
    cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
    return cl.getCommandSpec().exitCodeOnInvalidInput();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
