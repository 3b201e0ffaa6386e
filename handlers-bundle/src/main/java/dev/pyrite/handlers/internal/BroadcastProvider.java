package dev.pyrite.handlers.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.handlers.BroadcastHandler;
import dev.pyrite.handlers.HandlerOptions;
import dev.pyrite.spi.HandlerProvider;
import dev.pyrite.spi.Messenger;

/** Publishes the {@code broadcast} handler in the plugin registry. */
@ServiceProvider(value = HandlerProvider.class, attribute = "pyrite.name=broadcast")
public final class BroadcastProvider implements HandlerProvider<HandlerOptions.None> {
  @Override
  public String name() {
    return "broadcast";
  }

  @Override
  public String description() {
    return "Broadcasts distributions to their plates";
  }

  @Override
  public Class<HandlerOptions.None> optionsType() {
    return HandlerOptions.None.class;
  }

  @Override
  public Messenger create(HandlerOptions.None options) {
    return new BroadcastHandler();
  }
}
