package dev.pyrite.runtime.cli;

import dev.pyrite.PluginRegistry;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The command-line entry inside OSGi: {@code apply(args)} runs one {@code pyrite} command and
 * returns its exit status. Only JDK types ({@code String[]}, {@code Integer}) cross to the
 * launcher. It is available once the kernel's {@link PluginRegistry} service is, i.e. after the
 * engines are loaded.
 */
@Component(service = Function.class, property = "pyrite.command=main")
public final class CommandService implements Function<String[], Integer> {
  private final PluginRegistry registry;

  /**
   * Creates the service.
   *
   * @param registry the kernel's plug-in registry
   */
  @Activate
  public CommandService(@Reference PluginRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer apply(String[] args) {
    return PyriteCommand.commandLine(registry::list, new BuiltinExamples()).execute(args);
  }
}
