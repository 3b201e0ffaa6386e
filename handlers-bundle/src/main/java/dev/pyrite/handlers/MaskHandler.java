package dev.pyrite.handlers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.Handler;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;

/**
 * Drops log-probability terms of sample sites where a boolean mask is false, Pyro's {@code
 * poutine.mask}. Nested masks combine with logical and.
 *
 * <pre>{@code
 * try (MaskHandler m = new MaskHandler(observed).install()) {
 *   sample("y", new Normal(mu, 1), y);
 * }
 * }</pre>
 */
public final class MaskHandler extends Handler {
  private final NDArray mask;

  /**
   * Creates the handler.
   *
   * @param mask a boolean array broadcastable to the sites' batch shapes
   */
  public MaskHandler(NDArray mask) {
    this.mask =
        mask.getDataType() == DataType.BOOLEAN ? mask : mask.toType(DataType.BOOLEAN, false);
  }

  @Override
  public void process(Message msg) {
    if (msg.type() == MessageType.SAMPLE) {
      msg.setMask(msg.mask() == null ? mask : msg.mask().logicalAnd(mask));
    }
  }
}
