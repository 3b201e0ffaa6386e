package dev.pyrite.reparam;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Handler;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.Site;
import java.util.function.Function;

/**
 * The init handler as it should read once it honours {@link ReparamInit#INIT_HOOK} (the change this
 * bundle's report asks of {@code dev.pyrite.init.InitHandler}): the same as today's, except that an
 * auxiliary site with a hook takes the hook's value when it gives one.
 */
final class HookInitHandler extends Handler {
  private final InitStrategy strategy;

  HookInitHandler(InitStrategy strategy) {
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
    Site site = new Site(msg.name(), msg.fn(), null);
    NDArray moved = fromHook(msg);
    msg.setValue(InitStrategies.apply(moved == null ? strategy : s -> moved, site));
    msg.setDone(true);
  }

  @SuppressWarnings("unchecked")
  private NDArray fromHook(Message msg) {
    Object hook = msg.infer().get(ReparamInit.INIT_HOOK);
    return hook instanceof Function<?, ?> f
        ? ((Function<InitStrategy, NDArray>) f).apply(strategy)
        : null;
  }
}
