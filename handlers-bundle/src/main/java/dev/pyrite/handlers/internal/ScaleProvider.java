package dev.pyrite.handlers.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.handlers.HandlerOptions;
import dev.pyrite.handlers.ScaleHandler;
import dev.pyrite.spi.HandlerProvider;
import dev.pyrite.spi.Messenger;

/** Publishes the {@code scale} handler in the plugin registry. */
@ServiceProvider(value = HandlerProvider.class, attribute = "pyrite.name=scale")
public final class ScaleProvider implements HandlerProvider<HandlerOptions.Scale> {
  @Override
  public String name() {
    return "scale";
  }

  @Override
  public String description() {
    return "Scales log-probabilities";
  }

  @Override
  public Class<HandlerOptions.Scale> optionsType() {
    return HandlerOptions.Scale.class;
  }

  @Override
  public Messenger create(HandlerOptions.Scale o) {
    return new ScaleHandler(o.scale());
  }
}
