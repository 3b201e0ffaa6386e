package dev.pyrite.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A reparameterizer found by name (e.g. {@code "LocScaleReparam"}).
 *
 * <pre>{@code
 * ReparamProvider<LocScaleOptions> p = ...;
 * Reparam r = p.create(new LocScaleOptions(0.0));
 * }</pre>
 *
 * @param <O> the Jackson-bindable options record
 */
@ConsumerType
public interface ReparamProvider<O> extends Plugin {
  /**
   * The options type, for binding JSON run specs.
   *
   * @return the options class
   */
  Class<O> optionsType();

  /**
   * Creates a reparameterizer.
   *
   * @param options the options
   * @return the reparameterizer
   */
  Reparam create(O options);
}
