package dev.pyrite.handlers;

import dev.pyrite.Handler;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;

/**
 * Multiplies the log-probability of sample sites by a positive factor, Pyro's {@code
 * poutine.scale}.
 *
 * <pre>{@code
 * Model<NDArray> annealed = new ScaleHandler(0.1).wrap(model);
 * }</pre>
 */
public final class ScaleHandler extends Handler {
  private final double scale;

  /**
   * Creates the handler.
   *
   * @param scale a positive factor
   */
  public ScaleHandler(double scale) {
    if (!(scale > 0)) {
      throw new IllegalArgumentException(
          "scale must be positive, got " + scale + "; use mask to drop terms instead");
    }
    this.scale = scale;
  }

  @Override
  public void process(Message msg) {
    if (msg.type() == MessageType.SAMPLE) {
      msg.setScale(msg.scale() * scale);
    }
  }
}
