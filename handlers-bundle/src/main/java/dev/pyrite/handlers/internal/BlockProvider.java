package dev.pyrite.handlers.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.handlers.BlockHandler;
import dev.pyrite.handlers.HandlerOptions;
import dev.pyrite.spi.HandlerProvider;
import dev.pyrite.spi.Messenger;
import java.util.Set;

/** Publishes the {@code block} handler in the plugin registry. */
@ServiceProvider(value = HandlerProvider.class, attribute = "pyrite.name=block")
public final class BlockProvider implements HandlerProvider<HandlerOptions.Block> {
  @Override
  public String name() {
    return "block";
  }

  @Override
  public String description() {
    return "Hides sites from outer handlers";
  }

  @Override
  public Class<HandlerOptions.Block> optionsType() {
    return HandlerOptions.Block.class;
  }

  @Override
  public Messenger create(HandlerOptions.Block o) {
    if (o.hide() != null && !o.hide().isEmpty()) {
      return BlockHandler.hide(Set.copyOf(o.hide()));
    }
    if (o.expose() != null && !o.expose().isEmpty()) {
      return BlockHandler.expose(Set.copyOf(o.expose()));
    }
    return BlockHandler.all();
  }
}
