package dev.pyrite.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An ELBO estimator found by name (e.g. {@code "TraceElbo"}).
 *
 * <pre>{@code
 * Elbo elbo = registry.find(ElboProvider.class, "TraceElbo").create(ElboOptions.particles(10));
 * }</pre>
 */
@ConsumerType
public interface ElboProvider extends Plugin {
  /**
   * Creates an estimator.
   *
   * @param options particles and vectorisation
   * @return the estimator
   */
  Elbo create(ElboOptions options);
}
