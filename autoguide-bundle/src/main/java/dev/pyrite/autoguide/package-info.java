/**
 * Autoguides (Pyro's {@code pyro.infer.autoguide}): guides built automatically from a model's
 * prototype trace, in the model's unconstrained space.
 *
 * <pre>{@code
 * AutoGuide<NDArray> guide = new AutoDiagonalNormal<>(model);
 * SVI<NDArray> svi = new SVI<>(model, guide, new Adam(0.01), new TraceElbo());
 * }</pre>
 */
@Export
@Version("1.2.0")
package dev.pyrite.autoguide;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
