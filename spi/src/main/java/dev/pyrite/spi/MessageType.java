package dev.pyrite.spi;

/**
 * What a {@link Message} was built by.
 *
 * <pre>{@code
 * if (msg.type() == MessageType.SAMPLE && !msg.isObserved()) { ... }
 * }</pre>
 */
public enum MessageType {
  /** {@code sample(name, dist[, obs])}, also {@code factor} and {@code deterministic}. */
  SAMPLE,
  /** {@code param(name, init[, constraint])}. */
  PARAM
}
