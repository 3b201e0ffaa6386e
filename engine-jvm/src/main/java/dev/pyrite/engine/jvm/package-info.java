/**
 * The Jvm engine: a DJL {@link ai.djl.engine.Engine} written in plain Java, for the small dense
 * float64/float32 tensors of Bayesian models, with its own reverse-mode autograd.
 *
 * <pre>{@code
 * Engine jvm = Engine.getEngine("Jvm");
 * try (NDManager m = jvm.newBaseManager()) {
 *   NDArray x = m.create(new double[] {1, 2, 3});
 *   x.exp().sum().getDouble(); // 30.19...
 * }
 * }</pre>
 */
@Export
@Version("0.1.0")
package dev.pyrite.engine.jvm;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
