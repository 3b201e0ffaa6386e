/**
 * Optimisers for SVI: thin, named wrappers over DJL's optimisers that update the param store's
 * unconstrained arrays by param name.
 *
 * <pre>{@code
 * SVI<NDArray> svi = new SVI<>(model, guide, new Adam(0.05), new TraceElbo());
 * }</pre>
 */
@Export
@Version("1.1.0")
package dev.pyrite.optim;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
