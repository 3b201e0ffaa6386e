package dev.pyrite.mcmc.internal;

import dev.pyrite.Handler;
import dev.pyrite.handlers.Trace;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.Site;

/**
 * Gives every latent sample site its initial value from an init strategy (the value is set, so
 * later sites see it), and rejects discrete latent sites, which HMC cannot move.
 *
 * <pre>{@code
 * try (InitMessenger init = new InitMessenger(InitStrategies.initToUniform()).install()) {
 *   model.run(data);
 * }
 * }</pre>
 */
public final class InitMessenger extends Handler {
  private final InitStrategy strategy;

  /**
   * Creates the messenger.
   *
   * @param strategy the init strategy
   */
  public InitMessenger(InitStrategy strategy) {
    this.strategy = strategy;
  }

  @Override
  public void process(Message msg) {
    if (msg.type() != MessageType.SAMPLE
        || msg.isObserved()
        || msg.isDone()
        || Trace.isDeterministic(msg)) {
      return;
    }
    if (msg.fn().isDiscrete()) {
      throw new IllegalArgumentException(
          "at site \""
              + msg.name()
              + "\": HMC cannot sample the discrete latent site ("
              + msg.fn().name()
              + " with support "
              + msg.fn().support().name()
              + "); observe it, or marginalise it out of the model");
    }
    msg.setValue(InitStrategies.apply(strategy, new Site(msg.name(), msg.fn(), null)));
    msg.setDone(true);
  }
}
