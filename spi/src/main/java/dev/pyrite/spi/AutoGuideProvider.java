package dev.pyrite.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An autoguide found by name (e.g. {@code "AutoDiagonalNormal"}).
 *
 * <pre>{@code
 * AutoGuide<NDArray> g = registry.find(AutoGuideProvider.class, "AutoNormal")
 *     .create(model, AutoGuideOptions.defaults());
 * }</pre>
 */
@ConsumerType
public interface AutoGuideProvider extends Plugin {
  /**
   * Builds a guide for a model. The guide inspects the model lazily, on its first run.
   *
   * @param model the model
   * @param options the guide options
   * @param <A> the model's argument type
   * @return the guide
   */
  <A> AutoGuide<A> create(Model<A> model, AutoGuideOptions options);
}
