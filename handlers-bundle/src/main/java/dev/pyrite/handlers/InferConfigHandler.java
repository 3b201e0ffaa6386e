package dev.pyrite.handlers;

import dev.pyrite.Handler;
import dev.pyrite.spi.Message;
import java.util.Map;
import java.util.function.Function;

/**
 * Adds inference hints to sample and param sites, Pyro's {@code poutine.infer_config}: the map the
 * function returns for a site is merged into the site's {@link Message#infer() infer} map.
 *
 * <pre>{@code
 * Model<Void> enumerated = new InferConfigHandler(
 *     site -> site.fn() != null && site.fn().isDiscrete()
 *         ? Map.of("enumerate", "parallel") : Map.of()).wrap(model);
 * }</pre>
 */
public final class InferConfigHandler extends Handler {
  private final Function<Message, Map<String, ?>> configFn;

  /**
   * Creates the handler.
   *
   * @param configFn the hints for a site ({@code null} or empty for none)
   */
  public InferConfigHandler(Function<Message, Map<String, ?>> configFn) {
    this.configFn = configFn;
  }

  @Override
  public void process(Message msg) {
    Map<String, ?> hints = configFn.apply(msg);
    if (hints != null) {
      msg.infer().putAll(hints);
    }
  }
}
