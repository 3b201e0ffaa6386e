package dev.pyrite.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An effect handler found by name, Pyro's {@code poutine.*} (e.g. {@code "scale"}, {@code
 * "block"}).
 *
 * <pre>{@code
 * HandlerProvider<ScaleOptions> p = ...;
 * Messenger m = p.create(new ScaleOptions(0.5));
 * }</pre>
 *
 * @param <O> the Jackson-bindable options record
 */
@ConsumerType
public interface HandlerProvider<O> extends Plugin {
  /**
   * The options type, for binding JSON run specs.
   *
   * @return the options class
   */
  Class<O> optionsType();

  /**
   * Creates a handler.
   *
   * @param options the handler's options
   * @return a new messenger, not yet installed
   */
  Messenger create(O options);
}
