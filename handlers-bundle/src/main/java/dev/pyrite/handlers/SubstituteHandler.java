package dev.pyrite.handlers;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Handler;
import dev.pyrite.spi.Message;
import java.util.Map;

/**
 * Replaces the values of sample and param sites without observing them, Pyro's {@code
 * poutine.substitute}.
 *
 * <pre>{@code
 * Trace t = Handlers.trace(new SubstituteHandler(Map.of("p", p0)).wrap(model), data);
 * }</pre>
 */
public final class SubstituteHandler extends Handler {
  private final Map<String, NDArray> data;

  /**
   * Creates the handler.
   *
   * @param data site name to value
   */
  public SubstituteHandler(Map<String, NDArray> data) {
    this.data = Map.copyOf(data);
  }

  @Override
  public void process(Message msg) {
    NDArray v = data.get(msg.name());
    if (v != null && !msg.isObserved()) {
      msg.setValue(v);
      msg.setDone(true);
    }
  }
}
