package dev.pyrite.handlers;

import dev.pyrite.spi.Message;

/**
 * The exception {@link EscapeHandler} raises to leave a model at a site, Pyro's {@code
 * NonlocalExit}. It is control flow, so it carries no stack trace.
 *
 * <pre>{@code
 * try {
 *   Handlers.escape(model, site -> site.name().equals("y")).run(null);
 * } catch (NonlocalExit e) {
 *   Message y = e.site();
 * }
 * }</pre>
 */
public final class NonlocalExit extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The site, not serialised. */
  private final transient Message site;

  /**
   * Creates the exception.
   *
   * @param site the site at which the model was left
   */
  public NonlocalExit(Message site) {
    super("left the model at site \"" + site.name() + "\"", null, false, false);
    this.site = site;
  }

  /**
   * The site at which the model was left, after every handler above the escape saw it.
   *
   * @return the site's message
   */
  public Message site() {
    return site;
  }
}
