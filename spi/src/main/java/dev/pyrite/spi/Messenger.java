package dev.pyrite.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An effect handler's behaviour, Pyro's {@code Messenger}: it sees every {@link Message} that
 * passes through the stack while it is installed.
 *
 * <p>The kernel applies the stack in Pyro's three phases: {@code process} from the top (most
 * recently installed) down until a handler sets {@link Message#setStop stop}; then the default
 * behaviour (draw the sample, look up the param) unless a handler set {@link Message#setDone done};
 * then {@code postprocess} from the lowest handler that processed the message back up to the top.
 *
 * <pre>{@code
 * Messenger scale = new Messenger() {
 *   public void process(Message msg) { msg.setScale(msg.scale() * 0.5); }
 * };
 * }</pre>
 */
@ConsumerType
public interface Messenger {
  /**
   * Called on the way down, before the default behaviour.
   *
   * @param msg the message, to read and change
   */
  default void process(Message msg) {}

  /**
   * Called on the way up, after the default behaviour.
   *
   * @param msg the message, with its value set
   */
  default void postprocess(Message msg) {}
}
