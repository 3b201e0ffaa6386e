package dev.pyrite.handlers.internal;

import aQute.bnd.annotation.spi.ServiceProvider;
import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.handlers.DoHandler;
import dev.pyrite.handlers.HandlerOptions;
import dev.pyrite.spi.HandlerProvider;
import dev.pyrite.spi.Messenger;
import java.util.LinkedHashMap;
import java.util.Map;

/** Publishes the {@code do} handler in the plugin registry, with scalar interventions. */
@ServiceProvider(value = HandlerProvider.class, attribute = "pyrite.name=do")
public final class DoProvider implements HandlerProvider<HandlerOptions.Do> {
  @Override
  public String name() {
    return "do";
  }

  @Override
  public String description() {
    return "Intervenes on sites: the model continues with fixed values";
  }

  @Override
  public Class<HandlerOptions.Do> optionsType() {
    return HandlerOptions.Do.class;
  }

  @Override
  public Messenger create(HandlerOptions.Do o) {
    if (o.data() == null || o.data().isEmpty()) {
      throw new IllegalArgumentException(
          "do needs \"data\": a map from site name to value, e.g. {\"data\": {\"z\": 1.0}}");
    }
    Map<String, NDArray> data = new LinkedHashMap<>();
    o.data().forEach((site, v) -> data.put(site, Scope.escape(Backend.scalar(v))));
    return new DoHandler(data);
  }
}
