package dev.pyrite.svi.internal;

import dev.pyrite.Handler;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import java.util.LinkedHashSet;
import java.util.Set;

/** Records the names of the params a loss evaluation touched, at the bottom of the stack. */
public final class ParamCollector extends Handler {
  private final Set<String> names = new LinkedHashSet<>();

  /**
   * The names seen, in order.
   *
   * @return the param names
   */
  public Set<String> names() {
    return names;
  }

  @Override
  public void postprocess(Message msg) {
    if (msg.type() == MessageType.PARAM) {
      names.add(msg.name());
    }
  }
}
