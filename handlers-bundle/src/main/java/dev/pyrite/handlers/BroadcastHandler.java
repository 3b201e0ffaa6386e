package dev.pyrite.handlers;

import dev.pyrite.Handler;
import dev.pyrite.PlateBroadcast;
import dev.pyrite.spi.Message;

/**
 * Broadcasts the distribution of each sample site to the batch dims of the vectorised plates on its
 * frame stack, Pyro's {@code poutine.broadcast}. {@link dev.pyrite.Plate} already does this for its
 * sites with the same code ({@link PlateBroadcast}); this handler is for frames added by other
 * handlers, or a model run with plates whose frames are recorded without broadcasting.
 *
 * <pre>{@code
 * Model<Void> broadcast = Handlers.broadcast(model);
 * }</pre>
 */
public final class BroadcastHandler extends Handler {
  @Override
  public void process(Message msg) {
    PlateBroadcast.apply(msg);
  }
}
