/**
 * Checks Pyrite against reference values in the schema of {@code shared/reference} (torch/Pyro in
 * float64): every quantity of every distribution, KL and transform case, with one tolerance. The
 * test suite and {@code ./pyrite verify-reference FILE} both use {@link
 * dev.pyrite.distributions.reference.ReferenceChecker}.
 *
 * <pre>{@code
 * Report r = new ReferenceChecker().check(Path.of("../shared/reference/distributions.json"));
 * System.out.println(r.summary()); // "412 passed, 0 failed"
 * }</pre>
 */
@Export
@Version("1.0.0")
package dev.pyrite.distributions.reference;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
