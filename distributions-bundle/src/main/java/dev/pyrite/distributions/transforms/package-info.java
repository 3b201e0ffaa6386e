/**
 * Transforms (Pyro's {@code transforms}) and the built-in {@code biject_to} rules.
 *
 * <pre>{@code
 * Transform t = new ComposeTransform(new SigmoidTransform(), new AffineTransform(-1, 2));
 * }</pre>
 */
@Export
@Version("1.1.0")
package dev.pyrite.distributions.transforms;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
