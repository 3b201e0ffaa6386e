package dev.pyrite.handlers;

import dev.pyrite.Backend;
import dev.pyrite.Handler;

/**
 * Seeds the engine's random generator when installed, Pyro's {@code poutine.seed}: a seeded model
 * draws the same values every run.
 *
 * <pre>{@code
 * Trace a = Handlers.trace(new SeedHandler(0).wrap(model), null);
 * Trace b = Handlers.trace(new SeedHandler(0).wrap(model), null); // same draws
 * }</pre>
 */
public final class SeedHandler extends Handler {
  private final long seed;

  /**
   * Creates the handler.
   *
   * @param seed the seed
   */
  public SeedHandler(long seed) {
    this.seed = seed;
  }

  @Override
  protected void enter() {
    Backend.seed(seed);
  }
}
