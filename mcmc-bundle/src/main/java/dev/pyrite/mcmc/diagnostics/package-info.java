/**
 * MCMC diagnostics on draws read back to Java, with the semantics of {@code pyro.ops.stats}:
 * autocorrelation and autocovariance (FFT), effective sample size (Geyer's initial monotone
 * sequence, as Stan), Gelman-Rubin and split Gelman-Rubin R-hat, highest posterior density
 * intervals and quantiles.
 *
 * <pre>{@code
 * double[][] chains = {{0.1, 0.3, -0.2, 0.5}, {0.0, 0.2, 0.4, -0.1}};   // (chains, draws)
 * double nEff = Diagnostics.effectiveSampleSize(chains);
 * double rHat = Diagnostics.splitGelmanRubin(chains);
 * Draws draws = Draws.of(values, 4, 1000, 3);        // (chains, draws, 3) row-major
 * double[] nEffPerElement = draws.effectiveSampleSize();
 * }</pre>
 */
@Export
@Version("1.0.0")
package dev.pyrite.mcmc.diagnostics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
