package dev.pyrite.reparam;

/**
 * Options of the {@code "LocScaleReparam"} plug-in, bindable from JSON run specs ({@code
 * {"centered": 0.0}}, or {@code {"centered": null}} / {@code {}} for a learnable centering).
 *
 * <pre>{@code
 * // p found with PluginRegistry.get().find(ReparamProvider.class, "LocScaleReparam")
 * ReparamProvider<LocScaleOptions> p = ...;
 * Reparam nonCentred = p.create(new LocScaleOptions(0.0));
 * Reparam learnable = p.create(LocScaleOptions.learnable());
 * }</pre>
 *
 * @param centered the centering in {@code [0, 1]}, or {@code null} to learn it per site
 */
public record LocScaleOptions(Double centered) {
  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException when {@code centered} lies outside {@code [0, 1]}
   */
  public LocScaleOptions {
    LocScaleReparam.checkCentered(centered);
  }

  /**
   * A learnable centering (Pyro's default, {@code centered=None}).
   *
   * @return options with {@code centered = null}
   */
  public static LocScaleOptions learnable() {
    return new LocScaleOptions(null);
  }
}
