package dev.pyrite.runtime.cli;

import dev.pyrite.PluginInfo;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pyrite list}: every plug-in as a table of kind, name, bundle and bundle version. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the installed plug-ins.")
final class ListCommand implements Callable<Integer> {
  private final Supplier<List<PluginInfo>> plugins;

  @Spec private CommandSpec spec;

  /**
   * Creates the command.
   *
   * @param plugins where the plug-ins come from
   */
  ListCommand(Supplier<List<PluginInfo>> plugins) {
    this.plugins = plugins;
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(PluginTable.format(plugins.get()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
