package dev.pyrite.embedded;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.pyrite.ParamStore;
import dev.pyrite.PluginKind;
import dev.pyrite.PluginRegistry;
import dev.pyrite.internal.registry.ClasspathPluginRegistry;
import dev.pyrite.spi.Plugin;

/**
 * The Guice composition root of embedded mode: binds the class-path {@link PluginRegistry} (and
 * installs it as the registry in force), the global {@link ParamStore}, and a {@code Set<P>} of
 * every plug-in kind found on the class path. Never used inside OSGi.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new PyriteModule());
 * SVI svi = injector.getInstance(SviFactory.class).create(model, guide);
 * }</pre>
 */
public final class PyriteModule extends AbstractModule {
  @Override
  protected void configure() {
    PluginRegistry registry = new ClasspathPluginRegistry();
    PluginRegistry.install(registry);
    bind(PluginRegistry.class).toInstance(registry);
    bind(ParamStore.class).toInstance(ParamStore.global());
    for (PluginKind kind : PluginKind.values()) {
      bindAll(registry, kind.type());
    }
  }

  private <P extends Plugin> void bindAll(PluginRegistry registry, Class<P> type) {
    Multibinder<P> set = Multibinder.newSetBinder(binder(), type);
    for (P plugin : registry.all(type)) {
      set.addBinding().toInstance(plugin);
    }
  }
}
