package dev.pyrite.internal.engine;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.osgi.framework.Bundle;

/**
 * A class loader without parent that asks a fixed list of bundles, in order, for classes and
 * resources. Used as the thread context class loader while DJL discovers its engines, so that
 * {@code ServiceLoader} and DJL's {@code LibUtils} see the engine bundles (and their native
 * fragments) and nothing from the application class path.
 */
final class BundleDelegatingClassLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final List<Bundle> bundles;

  /**
   * Creates the loader.
   *
   * @param bundles the bundles to ask, in order
   */
  BundleDelegatingClassLoader(List<Bundle> bundles) {
    super("pyrite-djl-engines", null);
    this.bundles = List.copyOf(bundles);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    for (Bundle bundle : bundles) {
      try {
        return bundle.loadClass(name);
      } catch (ClassNotFoundException e) {
        // not in this bundle's class space: ask the next one
      }
    }
    throw new ClassNotFoundException(name + " is in none of the bundles " + bundles);
  }

  @Override
  protected URL findResource(String name) {
    for (Bundle bundle : bundles) {
      URL url = bundle.getResource(name);
      if (url != null) {
        return url;
      }
    }
    return null;
  }

  @Override
  protected Enumeration<URL> findResources(String name) throws IOException {
    List<URL> urls = new ArrayList<>();
    for (Bundle bundle : bundles) {
      Enumeration<URL> found = bundle.getResources(name);
      if (found != null) {
        urls.addAll(Collections.list(found));
      }
    }
    return Collections.enumeration(urls);
  }
}
