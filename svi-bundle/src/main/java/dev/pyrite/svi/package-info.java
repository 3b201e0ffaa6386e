/**
 * Stochastic variational inference: {@link dev.pyrite.svi.SVI} and the ELBO estimators.
 *
 * <pre>{@code
 * SVI<NDArray> svi = new SVI<>(model, guide, new Adam(0.05), new TraceElbo(10));
 * for (int i = 0; i < 3000; i++) svi.step(x);
 * }</pre>
 */
@Export
@Version("1.1.0")
package dev.pyrite.svi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
