/**
 * The seed notebook's models as Java code, runnable with SVI or HMC; what {@code pyrite run}
 * executes.
 *
 * <pre>{@code
 * BetaBernoulli.Result r = BetaBernoulli.run(BetaBernoulli.Settings.svi(null), step -> {});
 * System.out.println(r.mean() + " vs exact " + BetaBernoulli.EXACT_MEAN);
 * }</pre>
 */
@Export
@Version("2.1.0")
package dev.pyrite.examples;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
