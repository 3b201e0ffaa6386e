package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Chooses the initial (constrained) value of a latent site, Pyro's {@code init_to_*}.
 *
 * <pre>{@code
 * InitStrategy median = InitStrategies.initToMedian();
 * NDArray p0 = median.init(new Site("p", new Beta(2, 2), null)); // 0.5
 * }</pre>
 */
@FunctionalInterface
@ConsumerType
public interface InitStrategy {
  /**
   * The initial value of a site.
   *
   * @param site the site
   * @return a value in the support of {@code site.fn()}, of shape {@code site.fn().shape(())}
   */
  NDArray init(Site site);
}
