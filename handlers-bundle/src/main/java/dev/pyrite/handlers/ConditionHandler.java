package dev.pyrite.handlers;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Handler;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.util.Map;

/**
 * Observes sample sites at given values, Pyro's {@code poutine.condition}.
 *
 * <pre>{@code
 * Model<Void> conditioned = new ConditionHandler(Map.of("x", xObs)).wrap(model);
 * }</pre>
 */
public final class ConditionHandler extends Handler {
  private final Map<String, NDArray> data;

  /**
   * Creates the handler.
   *
   * @param data site name to observed value
   */
  public ConditionHandler(Map<String, NDArray> data) {
    this.data = Map.copyOf(data);
  }

  @Override
  public void process(Message msg) {
    if (msg.type() == MessageType.SAMPLE && data.containsKey(msg.name())) {
      msg.setValue(data.get(msg.name()));
      msg.setObserved(true);
    }
  }
}
