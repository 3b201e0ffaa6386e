package dev.pyrite.internal.registry;

import dev.pyrite.PluginInfo;
import dev.pyrite.PluginKind;
import dev.pyrite.PluginRegistry;
import dev.pyrite.spi.Plugin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry inside OSGi: one service tracker per plug-in kind. Plug-ins are registered by the
 * service loader mediator (SPI Fly) from their bundle's {@code ServiceLoader} metadata, so they
 * come and go with their bundles. A plug-in whose code throws is logged and skipped.
 */
public final class OsgiPluginRegistry implements PluginRegistry, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OsgiPluginRegistry.class);
  private final Map<PluginKind, ServiceTracker<Plugin, Plugin>> trackers =
      new EnumMap<>(PluginKind.class);

  /**
   * Opens one tracker per kind.
   *
   * @param context the kernel bundle's context
   */
  public OsgiPluginRegistry(BundleContext context) {
    for (PluginKind kind : PluginKind.values()) {
      ServiceTracker<Plugin, Plugin> t = new ServiceTracker<>(context, kind.type().getName(), null);
      t.open(true);
      trackers.put(kind, t);
    }
  }

  @Override
  public <P extends Plugin> Optional<P> lookup(Class<P> kind, String name) {
    return entries(PluginKind.of(kind)).stream()
        .filter(e -> e.name().equals(name))
        .map(e -> kind.cast(e.plugin()))
        .findFirst();
  }

  @Override
  public <P extends Plugin> List<P> all(Class<P> kind) {
    return entries(PluginKind.of(kind)).stream().map(e -> kind.cast(e.plugin())).toList();
  }

  @Override
  public List<PluginInfo> list() {
    List<PluginInfo> out = new ArrayList<>();
    for (PluginKind kind : PluginKind.values()) {
      for (Entry e : entries(kind)) {
        out.add(
            new PluginInfo(
                kind.label(),
                e.name(),
                e.ref().getBundle().getSymbolicName(),
                e.ref().getBundle().getVersion().toString()));
      }
    }
    return out;
  }

  private record Entry(String name, Plugin plugin, ServiceReference<Plugin> ref) {}

  private List<Entry> entries(PluginKind kind) {
    ServiceTracker<Plugin, Plugin> tracker = trackers.get(kind);
    ServiceReference<Plugin>[] refs = tracker.getServiceReferences();
    List<Entry> out = new ArrayList<>();
    if (refs == null) {
      return out;
    }
    for (ServiceReference<Plugin> ref : refs) {
      Entry e = entry(tracker, ref);
      if (e != null) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparing(Entry::name));
    return out;
  }

  private static Entry entry(ServiceTracker<Plugin, Plugin> tracker, ServiceReference<Plugin> ref) {
    try {
      Plugin p = tracker.getService(ref);
      if (p == null) {
        LOG.warn("plug-in service {} of bundle {} is unavailable", ref, ref.getBundle());
        return null;
      }
      Object prop = ref.getProperty(Plugin.NAME_PROPERTY);
      return new Entry(prop != null ? prop.toString() : p.name(), p, ref);
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("skipping a broken plug-in of bundle {}: {}", ref.getBundle(), e.toString());
      return null;
    }
  }

  @Override
  public void close() {
    trackers.values().forEach(ServiceTracker::close);
  }
}
