package dev.pyrite.handlers;

import dev.pyrite.Handler;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.util.function.Predicate;

/**
 * Leaves the model at chosen sample sites by raising {@link NonlocalExit}, Pyro's {@code
 * poutine.escape}. The site is marked done (nothing is drawn) and stopped, so handlers installed
 * before the escape do not see it; handlers installed after it (inside) postprocess it before the
 * exception is raised.
 *
 * <pre>{@code
 * try (EscapeHandler e = new EscapeHandler(site -> site.fn().isDiscrete()).install()) {
 *   model.run(null);
 * } catch (NonlocalExit exit) {
 *   String first = exit.site().name();     // the first discrete site
 * }
 * }</pre>
 */
public final class EscapeHandler extends Handler {
  private final Predicate<Message> escapeAt;

  /**
   * Creates the handler.
   *
   * @param escapeAt whether to leave the model at a sample site
   */
  public EscapeHandler(Predicate<Message> escapeAt) {
    this.escapeAt = escapeAt;
  }

  @Override
  public void process(Message msg) {
    if (msg.type() == MessageType.SAMPLE && escapeAt.test(msg)) {
      msg.setDone(true);
      msg.setStop(true);
      msg.setContinuation(
          m -> {
            throw new NonlocalExit(m);
          });
    }
  }
}
