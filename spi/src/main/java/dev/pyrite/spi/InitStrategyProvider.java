package dev.pyrite.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An init strategy found by name (e.g. {@code "initToMedian"}).
 *
 * <pre>{@code
 * InitStrategy s = registry.find(InitStrategyProvider.class, "initToSample")
 *     .create(InitOptions.defaults());
 * }</pre>
 */
@ConsumerType
public interface InitStrategyProvider extends Plugin {
  /**
   * Creates the strategy.
   *
   * @param options the options
   * @return the strategy
   */
  InitStrategy create(InitOptions options);
}
