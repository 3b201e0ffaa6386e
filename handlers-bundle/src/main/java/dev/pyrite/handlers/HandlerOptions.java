package dev.pyrite.handlers;

import java.util.List;
import java.util.Map;

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

  /**
   * Options of {@code do}: scalar interventions by site name.
   *
   * @param data site name to the value the model continues with
   */
  public record Do(Map<String, Double> data) {}

  /**
   * Options of {@code infer_config}: hints merged into the infer map of the listed sites (of every
   * site when the list is empty).
   *
   * @param sites the site names
   * @param infer the hints, e.g. {@code {"enumerate": "parallel"}}
   */
  public record InferConfig(List<String> sites, Map<String, Object> infer) {}

  /**
   * Options of {@code escape}: leave the model at the first of the listed sample sites.
   *
   * @param sites the site names
   */
  public record Escape(List<String> sites) {}
}
