/**
 * Constraints (Pyro's {@code constraints}): the supports of distributions and the domains of
 * params.
 *
 * <pre>{@code
 * NDArray sigma = param("sigma", 1.0, Constraints.positive());
 * }</pre>
 */
@Export
@Version("1.1.0")
package dev.pyrite.distributions.constraints;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
