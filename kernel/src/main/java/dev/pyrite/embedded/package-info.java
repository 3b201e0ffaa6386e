/**
 * Embedded mode: using Pyrite from a plain class path (an application or notebook that just adds
 * the jars), composed with Guice.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new PyriteModule());
 * PluginRegistry registry = injector.getInstance(PluginRegistry.class);
 * Set<AutoGuideProvider> guides = injector.getInstance(Key.get(new TypeLiteral<>() {}));
 * }</pre>
 */
@Export
@Version("1.0.0")
package dev.pyrite.embedded;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
