package dev.pyrite.handlers.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.handlers.HandlerOptions;
import dev.pyrite.handlers.TraceHandler;
import dev.pyrite.spi.HandlerProvider;
import dev.pyrite.spi.Messenger;

/** Publishes the {@code trace} handler in the plugin registry. */
@ServiceProvider(value = HandlerProvider.class, attribute = "pyrite.name=trace")
public final class TraceProvider implements HandlerProvider<HandlerOptions.None> {
  @Override
  public String name() {
    return "trace";
  }

  @Override
  public String description() {
    return "Records every site into a trace";
  }

  @Override
  public Class<HandlerOptions.None> optionsType() {
    return HandlerOptions.None.class;
  }

  @Override
  public Messenger create(HandlerOptions.None options) {
    return new TraceHandler();
  }
}
