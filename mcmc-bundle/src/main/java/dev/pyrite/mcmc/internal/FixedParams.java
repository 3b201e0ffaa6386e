package dev.pyrite.mcmc.internal;

import dev.pyrite.Handler;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;

/**
 * Hands the model detached param values, so MCMC treats params as constants (as Pyro does) and a
 * potential's backward pass never writes gradients into the param store.
 *
 * <pre>{@code
 * try (FixedParams fixed = new FixedParams().install()) {
 *   model.run(data); // param("w", ...) returns w.stopGradient()
 * }
 * }</pre>
 */
public final class FixedParams extends Handler {
  @Override
  public void postprocess(Message msg) {
    if (msg.type() == MessageType.PARAM && msg.value() != null) {
      msg.setValue(msg.value().stopGradient());
    }
  }
}
