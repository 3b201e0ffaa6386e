package dev.pyrite.handlers.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.pyrite.handlers.HandlerOptions;
import dev.pyrite.handlers.InferConfigHandler;
import dev.pyrite.spi.HandlerProvider;
import dev.pyrite.spi.Messenger;
import java.util.Map;
import java.util.Set;

/** Publishes the {@code infer_config} handler in the plugin registry. */
@ServiceProvider(value = HandlerProvider.class, attribute = "pyrite.name=infer_config")
public final class InferConfigProvider implements HandlerProvider<HandlerOptions.InferConfig> {
  @Override
  public String name() {
    return "infer_config";
  }

  @Override
  public String description() {
    return "Adds inference hints to sites";
  }

  @Override
  public Class<HandlerOptions.InferConfig> optionsType() {
    return HandlerOptions.InferConfig.class;
  }

  @Override
  public Messenger create(HandlerOptions.InferConfig o) {
    Map<String, Object> hints = o.infer() == null ? Map.of() : Map.copyOf(o.infer());
    Set<String> sites = o.sites() == null ? Set.of() : Set.copyOf(o.sites());
    return new InferConfigHandler(
        m -> sites.isEmpty() || sites.contains(m.name()) ? hints : Map.of());
  }
}
