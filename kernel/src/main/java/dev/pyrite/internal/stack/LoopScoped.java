package dev.pyrite.internal.stack;

/**
 * A handler that a {@code for} loop installs per iteration (a sequential plate, a {@code markov}
 * loop). Java's for-each cannot close an iterator, so a loop left by {@code break} or an exception
 * keeps its handler installed; the stack drops such handlers when an enclosing handler closes.
 */
public interface LoopScoped {
  /**
   * Whether the handler is installed by a running loop (rather than as a try-with-resources
   * context, which must be closed in order).
   *
   * @return true while a loop owns it
   */
  boolean inLoop();

  /** Called when the stack drops the handler because its loop was left early. */
  void abandon();
}
