package dev.pyrite.internal.registry;

import dev.pyrite.PluginRegistry;

/** Holds the registry in force: the OSGi one while the kernel bundle is active. */
public final class RegistryHolder {
  private static volatile PluginRegistry current;

  private RegistryHolder() {}

  /**
   * The registry in force, a class-path registry unless another was installed.
   *
   * @return the registry
   */
  public static PluginRegistry current() {
    PluginRegistry r = current;
    if (r == null) {
      synchronized (RegistryHolder.class) {
        if (current == null) {
          current = new ClasspathPluginRegistry();
        }
        r = current;
      }
    }
    return r;
  }

  /**
   * Installs a registry.
   *
   * @param registry the registry, or {@code null} for a class-path registry
   */
  public static void install(PluginRegistry registry) {
    current = registry;
  }
}
