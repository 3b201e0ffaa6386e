package dev.pyrite.handlers;

import dev.pyrite.Handler;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;

/**
 * Samples observed sites from their distributions instead, Pyro's {@code poutine.uncondition}: the
 * model becomes a simulator of its data. The ignored observation is kept in the site's infer map
 * under {@value #OBS}, with {@value #WAS_OBSERVED} set to true. Deterministic sites and the index
 * sites of subsampled plates are left alone.
 *
 * <pre>{@code
 * Trace sim = Handlers.trace(Handlers.uncondition(model), data);
 * NDArray simulated = sim.node("y").value();   // a draw, not the data
 * }</pre>
 */
public final class UnconditionHandler extends Handler {
  /** Infer key holding the ignored observation. */
  public static final String OBS = "obs";

  /** Infer key set to true on unconditioned sites. */
  public static final String WAS_OBSERVED = "was_observed";

  @Override
  public void process(Message msg) {
    if (msg.type() != MessageType.SAMPLE || !msg.isObserved() || !Trace.isScored(msg)) {
      return;
    }
    msg.setObserved(false);
    msg.infer().put(WAS_OBSERVED, Boolean.TRUE);
    msg.infer().put(OBS, msg.value());
    msg.setValue(null);
    msg.setDone(false);
  }
}
