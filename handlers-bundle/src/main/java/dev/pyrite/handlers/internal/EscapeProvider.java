package dev.pyrite.handlers.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.handlers.EscapeHandler;
import dev.pyrite.handlers.HandlerOptions;
import dev.pyrite.spi.HandlerProvider;
import dev.pyrite.spi.Messenger;
import java.util.Set;

/** Publishes the {@code escape} handler in the plugin registry. */
@ServiceProvider(value = HandlerProvider.class, attribute = "pyrite.name=escape")
public final class EscapeProvider implements HandlerProvider<HandlerOptions.Escape> {
  @Override
  public String name() {
    return "escape";
  }

  @Override
  public String description() {
    return "Leaves the model at the first of the listed sites";
  }

  @Override
  public Class<HandlerOptions.Escape> optionsType() {
    return HandlerOptions.Escape.class;
  }

  @Override
  public Messenger create(HandlerOptions.Escape o) {
    if (o.sites() == null || o.sites().isEmpty()) {
      throw new IllegalArgumentException(
          "escape needs \"sites\": the sample sites to leave the model at, e.g. {\"sites\":"
              + " [\"y\"]}");
    }
    Set<String> sites = Set.copyOf(o.sites());
    return new EscapeHandler(m -> sites.contains(m.name()));
  }
}
