package dev.pyrite;

import dev.pyrite.internal.stack.HandlerStack;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.Messenger;
import dev.pyrite.spi.Model;

/**
 * Base class of effect handlers: a {@link Messenger} that installs itself on the thread's handler
 * stack as a try-with-resources context, or wraps a model as a model transformer.
 *
 * <pre>{@code
 * try (TraceHandler tr = new TraceHandler().install()) {
 *   model.run(data);
 *   Trace trace = tr.trace();
 * }
 * Model<NDArray> scaled = new ScaleHandler(0.5).wrap(model);
 * }</pre>
 */
public abstract class Handler implements Messenger, AutoCloseable {

  /**
   * Pushes this handler on the current thread's stack.
   *
   * @param <H> the handler type
   * @return this handler, to close
   * @throws IllegalStateException when it is already installed
   */
  @SuppressWarnings("unchecked")
  public <H extends Handler> H install() {
    if (HandlerStack.contains(this)) {
      throw new IllegalStateException(
          "handler "
              + getClass().getSimpleName()
              + " is already installed; a handler instance can be active only once at a time"
              + " (create a new instance to nest it)");
    }
    enter();
    HandlerStack.push(this);
    return (H) this;
  }

  /** Pops this handler; it must be the most recently installed one. */
  @Override
  public void close() {
    HandlerStack.pop(this);
    exit();
  }

  /** Hook called when the handler is installed, before any message reaches it. */
  protected void enter() {}

  /** Hook called after the handler was removed from the stack. */
  protected void exit() {}

  /**
   * Sends a message through the current thread's whole handler stack, Pyro's {@code apply_stack}:
   * {@code process} top-down, the default behaviour of the message's type unless a handler marked
   * it done, {@code postprocess} bottom-up, then the message's continuation. Handlers that emit a
   * site of their own (such as {@code do}, which splits the intervened site) call it.
   *
   * <pre>{@code
   * Message fresh = msg.copy();
   * fresh.condIndepStack().clear(); // the plates add their frames again
   * Handler.applyStack(fresh);
   * }</pre>
   *
   * @param msg the message
   */
  public static void applyStack(Message msg) {
    HandlerStack.apply(msg);
  }

  /**
   * Runs a model once with this handler installed.
   *
   * @param model the model
   * @param args its argument
   * @param <A> the argument type
   */
  public <A> void run(Model<A> model, A args) {
    try (Handler h = install()) {
      model.run(args);
    }
  }

  /**
   * This handler as a model transformer: the returned model runs {@code model} with the handler
   * installed.
   *
   * @param model the model
   * @param <A> the argument type
   * @return the wrapped model
   */
  public <A> Model<A> wrap(Model<A> model) {
    return args -> run(model, args);
  }
}
