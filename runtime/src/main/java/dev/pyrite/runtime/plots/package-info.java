/**
 * The PNG plots and the HTML report of {@code pyrite run --plots DIR}, drawn with XChart: the SVI
 * loss curve, MCMC trace plots and marginal densities per site (with the exact density where an
 * example has one), a forest plot of posterior intervals for vector sites, and {@code report.html}
 * that shows them beside the summary table. Private to the runtime bundle.
 */
package dev.pyrite.runtime.plots;
