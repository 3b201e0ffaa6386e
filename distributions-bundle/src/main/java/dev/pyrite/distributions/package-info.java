/**
 * Distributions with Pyro's shape semantics: {@code sample(s)} has shape {@code s + batchShape +
 * eventShape}; {@code logProb} reduces the event dims. Every family extends {@link
 * dev.pyrite.distributions.AbstractDistribution}, which gives {@code expand}, {@code toEvent},
 * {@code mask} and validation.
 *
 * <pre>{@code
 * Distribution prior = new Normal(0, 10).expand(new Shape(100)).toEvent(1);
 * NDArray beta = sample("beta", prior);
 * }</pre>
 *
 * <p>The families follow torch's parameterisations and edge cases (NaN or infinite moments where
 * torch gives them); {@code enumerateSupport} enumerates the finite discrete ones. KL divergences
 * are in {@link dev.pyrite.distributions.kl}, the reference-value checker in {@link
 * dev.pyrite.distributions.reference}.
 *
 * <p>Validation is on by default: invalid parameters and out-of-support values raise an error
 * naming the distribution, the parameter, the value and the constraint. {@link
 * dev.pyrite.distributions.Distributions#setValidation} switches it off for speed, or on for every
 * run; by default inference loops validate a model's first run only ({@link
 * dev.pyrite.distributions.Distributions#skipRevalidation}).
 */
@Export
@Version("1.2.0")
package dev.pyrite.distributions;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
