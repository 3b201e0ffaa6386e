package dev.pyrite.internal.registry;

import dev.pyrite.PluginInfo;
import dev.pyrite.PluginKind;
import dev.pyrite.PluginRegistry;
import dev.pyrite.spi.Plugin;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The registry of embedded mode: {@code ServiceLoader} metadata on the class path. */
public final class ClasspathPluginRegistry implements PluginRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(ClasspathPluginRegistry.class);
  private final Map<Class<?>, List<? extends Plugin>> cache = new ConcurrentHashMap<>();
  private final ClassLoader loader;

  /** A registry over the thread context class loader (or the kernel's own loader). */
  public ClasspathPluginRegistry() {
    ClassLoader tccl = Thread.currentThread().getContextClassLoader();
    this.loader = tccl != null ? tccl : ClasspathPluginRegistry.class.getClassLoader();
  }

  @Override
  public <P extends Plugin> Optional<P> lookup(Class<P> kind, String name) {
    return all(kind).stream().filter(p -> p.name().equals(name)).findFirst();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <P extends Plugin> List<P> all(Class<P> kind) {
    return (List<P>) cache.computeIfAbsent(kind, k -> load(kind));
  }

  private <P extends Plugin> List<P> load(Class<P> kind) {
    List<P> found = new ArrayList<>();
    var it = ServiceLoader.load(kind, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError e) {
        LOG.warn(
            "skipping a {} plug-in that failed to load: {}", kind.getSimpleName(), e.toString());
      }
    }
    found.sort(Comparator.comparing(Plugin::name));
    return List.copyOf(found);
  }

  @Override
  public List<PluginInfo> list() {
    List<PluginInfo> out = new ArrayList<>();
    for (PluginKind kind : PluginKind.values()) {
      for (Plugin p : all(kind.type())) {
        String[] origin = origin(p.getClass());
        out.add(new PluginInfo(kind.label(), p.name(), origin[0], origin[1]));
      }
    }
    return out;
  }

  private static String[] origin(Class<?> type) {
    URL location = type.getProtectionDomain().getCodeSource().getLocation();
    String path = location.getPath();
    if (path.endsWith(".jar")) {
      try (JarInputStream in = new JarInputStream(location.openStream())) {
        Manifest mf = in.getManifest();
        if (mf != null && mf.getMainAttributes().getValue("Bundle-SymbolicName") != null) {
          return new String[] {
            mf.getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0],
            mf.getMainAttributes().getValue("Bundle-Version")
          };
        }
      } catch (IOException e) {
        LOG.debug("cannot read the manifest of {}", path, e);
      }
    }
    return new String[] {path, "unversioned"};
  }
}
