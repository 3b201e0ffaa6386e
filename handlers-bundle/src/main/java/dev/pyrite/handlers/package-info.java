/**
 * Effect handlers (Pyro's {@code poutine}): each handler is a {@link dev.pyrite.Handler} that can
 * be installed as a try-with-resources context or wrap a model; {@link
 * dev.pyrite.handlers.Handlers} has a factory for each.
 *
 * <pre>{@code
 * Trace guideTrace = Handlers.trace(guide, data);
 * Trace modelTrace = Handlers.trace(Handlers.replay(model, guideTrace), data);
 * NDArray logJoint = modelTrace.logProbSum();
 * }</pre>
 */
@Export
@Version("1.0.0")
package dev.pyrite.handlers;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
