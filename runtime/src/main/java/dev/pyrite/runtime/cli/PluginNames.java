package dev.pyrite.runtime.cli;

import dev.pyrite.PluginNotFoundException;
import dev.pyrite.PluginRegistry;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Plugin;

/**
 * Resolves the plug-in names a user types on the command line before any work starts, so that a
 * misspelt name fails at once with the names that are available instead of part-way through a run.
 *
 * <pre>{@code
 * PluginNames.requireGuide("AutoNope");
 * // IllegalArgumentException: --guide AutoNope: no autoguide named AutoNope; available: ...
 * }</pre>
 */
final class PluginNames {
  private PluginNames() {}

  /**
   * Checks that an autoguide with the name is installed.
   *
   * @param name the value of {@code --guide}, or {@code null}
   * @throws IllegalArgumentException naming the option, the value and the available guides
   */
  static void requireGuide(String name) {
    require("--guide", AutoGuideProvider.class, name);
  }

  private static void require(String option, Class<? extends Plugin> kind, String name) {
    if (name == null) {
      return;
    }
    try {
      PluginRegistry.get().find(kind, name);
    } catch (PluginNotFoundException e) {
      throw new IllegalArgumentException(option + " " + name + ": " + e.getMessage(), e);
    }
  }
}
