package dev.pyrite.internal.stack;

import ai.djl.ndarray.types.Shape;
import dev.pyrite.ParamStore;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.Messenger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The thread-local stack of installed messengers and Pyro's {@code apply_stack}, in four phases:
 *
 * <ol>
 *   <li>{@code process} from the top (most recently installed) down until a messenger sets {@code
 *       stop};
 *   <li>the default behaviour of the message's type (draw the sample, read the param) unless a
 *       messenger marked it done;
 *   <li>{@code postprocess} from the lowest messenger that processed the message back up;
 *   <li>the message's continuation, if a messenger set one ({@code escape} leaves the model here).
 * </ol>
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
   * Pops {@code expected}, which must be on top; loop-scoped handlers above it whose loops were
   * left early are dropped first.
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
    Messenger blocking = firstNotLoopScoped(stack, at + 1);
    if (blocking != null) {
      throw new IllegalStateException(
          "handler "
              + describe(expected)
              + " closed out of order: "
              + describe(blocking)
              + " was installed after it and is still open; close handlers in reverse order"
              + " (use try-with-resources)");
    }
    while (stack.size() - 1 > at) {
      ((LoopScoped) stack.remove(stack.size() - 1)).abandon();
    }
    stack.remove(at);
  }

  private static Messenger firstNotLoopScoped(List<Messenger> stack, int from) {
    for (int i = stack.size() - 1; i >= from; i--) {
      if (!(stack.get(i) instanceof LoopScoped loop) || !loop.inLoop()) {
        return stack.get(i);
      }
    }
    return null;
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
   * Whether a messenger is the most recently installed one on this thread.
   *
   * @param messenger the messenger
   * @return true when on top
   */
  public static boolean isTop(Messenger messenger) {
    List<Messenger> stack = STACK.get();
    return !stack.isEmpty() && stack.get(stack.size() - 1) == messenger;
  }

  /**
   * Sends a message through the stack with the default behaviour of its type at the time the
   * default phase runs: a sample site without a value draws from its distribution ({@code rsample}
   * where available), a param site reads the current param store.
   *
   * @param msg the message
   */
  public static void apply(Message msg) {
    apply(msg, HandlerStack::defaultBehaviour);
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
    Consumer<Message> continuation = msg.continuation();
    if (continuation != null) {
      continuation.accept(msg);
    }
  }

  private static void defaultBehaviour(Message msg) {
    if (msg.value() != null) {
      return;
    }
    if (msg.type() == MessageType.PARAM) {
      msg.setValue(
          ParamStore.current().get(msg.name(), msg.paramInit(), msg.constraint(), msg.eventDim()));
      return;
    }
    Distribution fn = msg.fn();
    msg.setValue(fn.hasRsample() ? fn.rsample(new Shape()) : fn.sample(new Shape()));
  }

  private static String describe(Messenger m) {
    return m.getClass().getSimpleName();
  }
}
