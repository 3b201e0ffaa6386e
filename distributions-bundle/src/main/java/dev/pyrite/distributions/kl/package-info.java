/**
 * Kullback-Leibler divergences, Pyro's {@code kl_divergence}: {@link
 * dev.pyrite.distributions.kl.KL#divergence KL.divergence(p, q)} dispatches on the runtime types of
 * both distributions to the most specific registered {@link dev.pyrite.distributions.kl.KlRule
 * rule}, and through wrappers ({@code Independent} sums over its reinterpreted dims, {@code
 * MaskedDistribution} zeroes masked entries).
 *
 * <p>Rules come from {@link dev.pyrite.distributions.kl.KlProvider}s declared with
 * {@code @ServiceProvider(value = KlProvider.class, attribute = "pyrite.name=...")}: the
 * distributions bundle's own, and on a plain class path every provider the plug-in registry finds,
 * so a third party adds a pair without touching this bundle.
 *
 * <pre>{@code
 * NDArray kl = KL.divergence(new Normal(0, 1), new Normal(1, 2)); // 0.443...
 * }</pre>
 */
@Export
@Version("1.0.0")
package dev.pyrite.distributions.kl;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
