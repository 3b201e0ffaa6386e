package dev.pyrite.handlers.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.handlers.HandlerOptions;
import dev.pyrite.handlers.SeedHandler;
import dev.pyrite.spi.HandlerProvider;
import dev.pyrite.spi.Messenger;

/** Publishes the {@code seed} handler in the plugin registry. */
@ServiceProvider(value = HandlerProvider.class, attribute = "pyrite.name=seed")
public final class SeedProvider implements HandlerProvider<HandlerOptions.Seed> {
  @Override
  public String name() {
    return "seed";
  }

  @Override
  public String description() {
    return "Seeds the random generator";
  }

  @Override
  public Class<HandlerOptions.Seed> optionsType() {
    return HandlerOptions.Seed.class;
  }

  @Override
  public Messenger create(HandlerOptions.Seed o) {
    return new SeedHandler(o.seed());
  }
}
