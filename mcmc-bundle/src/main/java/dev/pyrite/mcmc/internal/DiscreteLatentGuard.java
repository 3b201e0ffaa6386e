package dev.pyrite.mcmc.internal;

import dev.pyrite.Handler;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;

/**
 * Rejects discrete latent sample sites, which HMC cannot move, with a message that names the site
 * and the fix. Installed above the init handler so it sees each site first.
 *
 * <pre>{@code
 * try (InitHandler init = new InitHandler(strategy).install();
 *     DiscreteLatentGuard guard = new DiscreteLatentGuard().install()) {
 *   model.run(data);
 * }
 * }</pre>
 */
public final class DiscreteLatentGuard extends Handler {
  @Override
  public void process(Message msg) {
    if (msg.type() != MessageType.SAMPLE
        || msg.isObserved()
        || msg.isDone()
        || !msg.fn().isDiscrete()) {
      return;
    }
    throw new IllegalArgumentException(
        "at site \""
            + msg.name()
            + "\": HMC cannot sample the discrete latent site ("
            + msg.fn().name()
            + " with support "
            + msg.fn().support().name()
            + "); observe it, or marginalise it out of the model");
  }
}
