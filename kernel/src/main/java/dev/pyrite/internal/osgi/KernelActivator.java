package dev.pyrite.internal.osgi;

import dev.pyrite.PluginRegistry;
import dev.pyrite.internal.engine.EngineBootstrap;
import dev.pyrite.internal.registry.OsgiPluginRegistry;
import dev.pyrite.internal.registry.RegistryHolder;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Starts the kernel inside OSGi: bootstraps the DJL engines, then installs the OSGi plugin registry
 * and publishes it as a service.
 */
public final class KernelActivator implements BundleActivator {
  private OsgiPluginRegistry registry;
  private ServiceRegistration<PluginRegistry> registration;

  @Override
  public void start(BundleContext context) {
    EngineBootstrap.start(context);
    registry = new OsgiPluginRegistry(context);
    RegistryHolder.install(registry);
    registration = context.registerService(PluginRegistry.class, registry, null);
  }

  @Override
  public void stop(BundleContext context) {
    if (registration != null) {
      registration.unregister();
    }
    RegistryHolder.install(null);
    if (registry != null) {
      registry.close();
    }
    EngineBootstrap.stop();
  }
}
