/**
 * Pyrite's service provider interfaces: the value types that flow between the kernel and the
 * plug-ins, and one provider interface per plug-in kind.
 *
 * <p>The seven plug-in kinds are {@link dev.pyrite.spi.HandlerProvider effect handlers}, {@link
 * dev.pyrite.spi.DistributionProvider distributions}, {@link dev.pyrite.spi.ElboProvider ELBO
 * estimators}, {@link dev.pyrite.spi.McmcKernelProvider MCMC kernels}, {@link
 * dev.pyrite.spi.AutoGuideProvider autoguides}, {@link dev.pyrite.spi.ReparamProvider
 * reparameterizers} and {@link dev.pyrite.spi.InitStrategyProvider init strategies}; constraint
 * bijections ({@link dev.pyrite.spi.BijectionProvider}) are a registry of the same shape. A plug-in
 * is declared once, as {@code java.util.ServiceLoader} metadata:
 *
 * <pre>{@code
 * @ServiceProvider(value = AutoGuideProvider.class, attribute = "pyrite.name=AutoMap")
 * public final class AutoMapProvider implements AutoGuideProvider {
 *   public String name() { return "AutoMap"; }
 *   public <A> AutoGuide<A> create(Model<A> model, AutoGuideOptions options) { ... }
 * }
 * }</pre>
 *
 * <p>Inside OSGi the service loader mediator registers it as a service with the property {@code
 * pyrite.name}; on a plain class path {@code ServiceLoader} finds it. Either way {@code
 * PluginRegistry.find(AutoGuideProvider.class, "AutoMap")} returns it.
 *
 * <p>This package holds no implementation.
 */
@Export
@Version("1.2.0")
package dev.pyrite.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
