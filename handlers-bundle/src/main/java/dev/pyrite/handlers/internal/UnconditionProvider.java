package dev.pyrite.handlers.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.handlers.HandlerOptions;
import dev.pyrite.handlers.UnconditionHandler;
import dev.pyrite.spi.HandlerProvider;
import dev.pyrite.spi.Messenger;

/** Publishes the {@code uncondition} handler in the plugin registry. */
@ServiceProvider(value = HandlerProvider.class, attribute = "pyrite.name=uncondition")
public final class UnconditionProvider implements HandlerProvider<HandlerOptions.None> {
  @Override
  public String name() {
    return "uncondition";
  }

  @Override
  public String description() {
    return "Samples observed sites from their distributions";
  }

  @Override
  public Class<HandlerOptions.None> optionsType() {
    return HandlerOptions.None.class;
  }

  @Override
  public Messenger create(HandlerOptions.None options) {
    return new UnconditionHandler();
  }
}
