/**
 * Init strategies (Pyro's {@code init_to_*}): how autoguides and MCMC choose the starting value of
 * each latent site.
 *
 * <pre>{@code
 * AutoGuide<NDArray> g = new AutoNormal<>(model, AutoGuideOptions.defaults()
 *     .withInit(InitStrategies.initToValue(Map.of("p", p0))));
 * }</pre>
 */
@Export
@Version("1.1.0")
package dev.pyrite.init;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
