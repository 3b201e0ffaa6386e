package dev.pyrite.reparam;

/**
 * Options of the {@code "AutoReparam"} plug-in, bindable from JSON run specs ({@code {"centered":
 * 0.0}}, or {@code {}} for a learnable centering of the loc-scale sites).
 *
 * <pre>{@code
 * // p found with PluginRegistry.get().find(ReparamProvider.class, "AutoReparam")
 * ReparamProvider<AutoReparamOptions> p = ...;
 * Reparam auto = p.create(new AutoReparamOptions(null));
 * }</pre>
 *
 * @param centered the centering of {@code LocScaleReparam} in {@code [0, 1]}, or {@code null} to
 *     learn it per site
 */
public record AutoReparamOptions(Double centered) {
  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException when {@code centered} lies outside {@code [0, 1]}
   */
  public AutoReparamOptions {
    LocScaleReparam.checkCentered(centered);
  }
}
