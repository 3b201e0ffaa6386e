package dev.pyrite.handlers;

import java.util.List;

/**
 * Jackson-bindable options of the handlers published in the plugin registry.
 *
 * <pre>{@code
 * Messenger m = registry.find(HandlerProvider.class, "scale")... create(new HandlerOptions.Scale(0.5));
 * }</pre>
 */
public final class HandlerOptions {
  private HandlerOptions() {}

  /** No options. */
  public record None() {}

  /**
   * Options of {@code scale}.
   *
   * @param scale the positive factor
   */
  public record Scale(double scale) {}

  /**
   * Options of {@code seed}.
   *
   * @param seed the seed
   */
  public record Seed(long seed) {}

  /**
   * Options of {@code block}: hide the listed sites, or expose only the listed ones; both empty
   * hides everything.
   *
   * @param hide names to hide
   * @param expose names to expose
   */
  public record Block(List<String> hide, List<String> expose) {}
}
