package dev.pyrite.internal.stack;

import dev.pyrite.spi.Message;
import dev.pyrite.spi.Messenger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The thread-local stack of installed messengers and Pyro's {@code apply_stack}: {@code process}
 * from the top down until a messenger stops the message, the default behaviour unless a messenger
 * marked it done, then {@code postprocess} from the lowest processed messenger back up.
 */
public final class HandlerStack {
  private static final ThreadLocal<List<Messenger>> STACK = ThreadLocal.withInitial(ArrayList::new);

  private HandlerStack() {}

  /**
   * The current thread's stack, bottom first.
   *
   * @return the live list
   */
  public static List<Messenger> current() {
    return STACK.get();
  }

  /**
   * Pushes a messenger.
   *
   * @param messenger the messenger
   */
  public static void push(Messenger messenger) {
    STACK.get().add(messenger);
  }

  /**
   * Pops the top messenger, which must be {@code expected}.
   *
   * @param expected the messenger being closed
   * @throws IllegalStateException naming both messengers when closing out of order
   */
  public static void pop(Messenger expected) {
    List<Messenger> stack = STACK.get();
    int at = stack.lastIndexOf(expected);
    if (at < 0) {
      throw new IllegalStateException(
          "cannot close handler " + describe(expected) + ": it is not installed on this thread");
    }
    if (at != stack.size() - 1) {
      throw new IllegalStateException(
          "handler "
              + describe(expected)
              + " closed out of order: "
              + describe(stack.get(stack.size() - 1))
              + " was installed after it and is still open; close handlers in reverse order"
              + " (use try-with-resources)");
    }
    stack.remove(at);
  }

  /**
   * Whether a messenger is installed on this thread.
   *
   * @param messenger the messenger
   * @return true when on the stack
   */
  public static boolean contains(Messenger messenger) {
    return STACK.get().contains(messenger);
  }

  /**
   * Sends a message through the stack.
   *
   * @param msg the message
   * @param defaultBehaviour what to do when no messenger marked the message done
   */
  public static void apply(Message msg, Consumer<Message> defaultBehaviour) {
    List<Messenger> stack = STACK.get();
    Messenger[] frames = stack.toArray(new Messenger[0]);
    int pointer = 0;
    for (int i = frames.length - 1; i >= 0; i--) {
      frames[i].process(msg);
      pointer++;
      if (msg.isStop()) {
        break;
      }
    }
    if (!msg.isDone()) {
      defaultBehaviour.accept(msg);
      msg.setDone(true);
    }
    for (int i = frames.length - pointer; i < frames.length; i++) {
      frames[i].postprocess(msg);
    }
  }

  private static String describe(Messenger m) {
    return m.getClass().getSimpleName();
  }
}
