package dev.pyrite.handlers;

import dev.pyrite.Handler;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Hides sites from the handlers installed below it, Pyro's {@code poutine.block}. By default it
 * hides everything; it can hide or expose by name or by type.
 *
 * <pre>{@code
 * try (BlockHandler b = BlockHandler.hide(Set.of("z")).install()) { ... }
 * }</pre>
 */
public final class BlockHandler extends Handler {
  private final Predicate<Message> hidden;

  /**
   * Creates the handler.
   *
   * @param hidden which messages to hide
   */
  public BlockHandler(Predicate<Message> hidden) {
    this.hidden = hidden;
  }

  /**
   * Hides every site.
   *
   * @return the handler
   */
  public static BlockHandler all() {
    return new BlockHandler(m -> true);
  }

  /**
   * Hides the named sites.
   *
   * @param names the site names
   * @return the handler
   */
  public static BlockHandler hide(Set<String> names) {
    return new BlockHandler(m -> names.contains(m.name()));
  }

  /**
   * Hides every site but the named ones.
   *
   * @param names the site names to expose
   * @return the handler
   */
  public static BlockHandler expose(Set<String> names) {
    return new BlockHandler(m -> !names.contains(m.name()));
  }

  /**
   * Hides the sites of the given types.
   *
   * @param types the message types to hide
   * @return the handler
   */
  public static BlockHandler hideTypes(Set<MessageType> types) {
    return new BlockHandler(m -> types.contains(m.type()));
  }

  @Override
  public void process(Message msg) {
    if (hidden.test(msg)) {
      msg.setStop(true);
    }
  }
}
