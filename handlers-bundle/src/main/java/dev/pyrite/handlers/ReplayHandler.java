package dev.pyrite.handlers;

import dev.pyrite.Handler;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;

/**
 * Reuses the values of latent sample sites recorded in a trace, Pyro's {@code poutine.replay}: the
 * glue that evaluates a model at a guide's draws. The indices of subsampled plates are replayed
 * too, so a model sees the same subsample as its guide.
 *
 * <pre>{@code
 * Trace guideTrace = Handlers.trace(guide, data);
 * Trace modelTrace = Handlers.trace(new ReplayHandler(guideTrace).wrap(model), data);
 * }</pre>
 */
public final class ReplayHandler extends Handler {
  private final Trace trace;

  /**
   * Creates the handler.
   *
   * @param trace the trace to replay
   */
  public ReplayHandler(Trace trace) {
    this.trace = trace;
  }

  @Override
  public void process(Message msg) {
    if (msg.type() != MessageType.SAMPLE || (msg.isObserved() && !Trace.isSubsample(msg))) {
      return;
    }
    Message recorded = trace.node(msg.name());
    if (recorded == null) {
      return;
    }
    if (Trace.isSubsample(msg)) {
      if (Trace.isSubsample(recorded)) {
        msg.setValue(recorded.value());
      }
      return;
    }
    if (recorded.type() != MessageType.SAMPLE || recorded.isObserved()) {
      throw new IllegalArgumentException(
          "site \"" + msg.name() + "\" must be a latent sample site in the replayed trace");
    }
    msg.setValue(recorded.value());
    msg.infer().putAll(recorded.infer());
    msg.setDone(true);
  }
}
