package dev.pyrite.internal.registry;

import dev.pyrite.PluginInfo;
import dev.pyrite.PluginKind;
import dev.pyrite.PluginRegistry;
import dev.pyrite.spi.Plugin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry inside OSGi: one service tracker per plug-in kind. Plug-ins are registered by the
 * service loader mediator (SPI Fly) from their bundle's {@code ServiceLoader} metadata, so they
 * come and go with their bundles. A plug-in whose code throws while it is being added (its
 * constructor or {@code name()}) is logged once and left out.
 */
public final class OsgiPluginRegistry implements PluginRegistry, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OsgiPluginRegistry.class);
  private final BundleContext context;
  private final Map<String, ServiceTracker<Plugin, Entry>> trackers = new ConcurrentHashMap<>();

  /**
   * Opens one tracker per kind.
   *
   * @param context the kernel bundle's context
   */
  public OsgiPluginRegistry(BundleContext context) {
    this.context = context;
    for (PluginKind kind : PluginKind.values()) {
      tracker(kind.type());
    }
  }

  /** The tracker of a kind; kinds that bundles define get theirs on first use. */
  private ServiceTracker<Plugin, Entry> tracker(Class<?> kind) {
    return trackers.computeIfAbsent(
        kind.getName(),
        name -> {
          ServiceTracker<Plugin, Entry> t =
              new ServiceTracker<>(context, name, new Customizer(context));
          t.open(true);
          return t;
        });
  }

  @Override
  public <P extends Plugin> Optional<P> lookup(Class<P> kind, String name) {
    return entries(kind).stream()
        .filter(e -> e.name().equals(name))
        .map(e -> kind.cast(e.plugin()))
        .findFirst();
  }

  @Override
  public <P extends Plugin> List<P> all(Class<P> kind) {
    return entries(kind).stream().map(e -> kind.cast(e.plugin())).toList();
  }

  @Override
  public List<PluginInfo> list() {
    List<PluginInfo> out = new ArrayList<>();
    for (PluginKind kind : PluginKind.values()) {
      for (Entry e : entries(kind.type())) {
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

  /** A tracked plug-in with the name it was registered under. */
  private record Entry(String name, Plugin plugin, ServiceReference<Plugin> ref) {}

  private List<Entry> entries(Class<?> kind) {
    List<Entry> out = new ArrayList<>(tracker(kind).getTracked().values());
    out.sort(Comparator.comparing(Entry::name));
    return out;
  }

  /** Resolves each plug-in service once, when it appears. */
  private static final class Customizer implements ServiceTrackerCustomizer<Plugin, Entry> {
    private final BundleContext context;

    Customizer(BundleContext context) {
      this.context = context;
    }

    @Override
    public Entry addingService(ServiceReference<Plugin> ref) {
      try {
        Plugin p = context.getService(ref);
        if (p == null) {
          LOG.warn("plug-in service {} of bundle {} is unavailable", ref, ref.getBundle());
          return null;
        }
        Object prop = ref.getProperty(Plugin.NAME_PROPERTY);
        return new Entry(prop != null ? prop.toString() : p.name(), p, ref);
      } catch (RuntimeException | LinkageError e) {
        LOG.warn("skipping a broken plug-in of bundle {}: {}", ref.getBundle(), e.toString());
        context.ungetService(ref);
        return null;
      }
    }

    @Override
    public void modifiedService(ServiceReference<Plugin> ref, Entry entry) {}

    @Override
    public void removedService(ServiceReference<Plugin> ref, Entry entry) {
      context.ungetService(ref);
    }
  }

  @Override
  public void close() {
    trackers.values().forEach(ServiceTracker::close);
  }
}
