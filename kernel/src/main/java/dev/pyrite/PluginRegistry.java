package dev.pyrite;

import dev.pyrite.internal.registry.RegistryHolder;
import dev.pyrite.spi.Plugin;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Finds plug-ins by kind and name. Inside OSGi it follows the service registry (plug-ins appear
 * when their bundle starts, disappear when it stops, rebind when it is updated); on a plain class
 * path it reads {@code ServiceLoader} metadata. The same plug-in jar works in both.
 *
 * <pre>{@code
 * AutoGuideProvider p = PluginRegistry.get().find(AutoGuideProvider.class, "AutoNormal");
 * List<PluginInfo> everything = PluginRegistry.get().list();
 * }</pre>
 */
@ProviderType
public interface PluginRegistry {
  /**
   * The plug-in of a kind with a name.
   *
   * @param kind the provider interface
   * @param name the plug-in name
   * @param <P> the kind
   * @return the plug-in
   * @throws PluginNotFoundException listing the available names
   */
  default <P extends Plugin> P find(Class<P> kind, String name) {
    return lookup(kind, name)
        .orElseThrow(
            () ->
                new PluginNotFoundException(
                    PluginKind.labelOf(kind), name, all(kind).stream().map(Plugin::name).toList()));
  }

  /**
   * The plug-in of a kind with a name, if any.
   *
   * @param kind the provider interface
   * @param name the plug-in name
   * @param <P> the kind
   * @return the plug-in or empty
   */
  <P extends Plugin> Optional<P> lookup(Class<P> kind, String name);

  /**
   * Every plug-in of a kind, sorted by name. Besides the built-in {@link PluginKind kinds}, any
   * provider interface that extends {@link Plugin} works as a kind: a bundle can define its own
   * (e.g. KL rules) and third parties plug into it the same way.
   *
   * @param kind the provider interface
   * @param <P> the kind
   * @return the plug-ins
   */
  <P extends Plugin> List<P> all(Class<P> kind);

  /**
   * Every plug-in of every kind with its bundle.
   *
   * @return one entry per plug-in, by kind then name
   */
  List<PluginInfo> list();

  /**
   * The registry in force: the OSGi one while the kernel bundle is active, else one over the class
   * path.
   *
   * @return the registry
   */
  static PluginRegistry get() {
    return RegistryHolder.current();
  }

  /**
   * Installs the registry in force; called by the kernel's activator and by the Guice module.
   *
   * @param registry the registry, or {@code null} to return to the class-path registry
   */
  static void install(PluginRegistry registry) {
    RegistryHolder.install(registry);
  }
}
