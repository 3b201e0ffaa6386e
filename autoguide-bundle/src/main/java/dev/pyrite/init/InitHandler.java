package dev.pyrite.init;

import dev.pyrite.Handler;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.Site;

/**
 * Gives every latent sample site its initial value from an init strategy, Pyro's {@code
 * InitMessenger}; autoguides and MCMC trace a model under it to build their prototype.
 *
 * <pre>{@code
 * Trace prototype = Handlers.trace(new InitHandler(InitStrategies.initToMedian()).wrap(model), x);
 * }</pre>
 */
public final class InitHandler extends Handler {
  private final InitStrategy strategy;

  /**
   * Creates the handler.
   *
   * @param strategy the init strategy
   */
  public InitHandler(InitStrategy strategy) {
    this.strategy = strategy;
  }

  @Override
  public void process(Message msg) {
    if (msg.type() != MessageType.SAMPLE
        || msg.isObserved()
        || msg.isDone()
        || msg.value() != null) {
      return;
    }
    msg.setValue(InitStrategies.apply(strategy, new Site(msg.name(), msg.fn(), null)));
    msg.setDone(true);
  }
}
