package dev.pyrite.reparam;

/**
 * Options of the {@code "DiscreteCosineReparam"} plug-in, bindable from JSON run specs ({@code
 * {"dim": -1}}; {@code {}} means the last dim).
 *
 * <pre>{@code
 * // p found with PluginRegistry.get().find(ReparamProvider.class, "DiscreteCosineReparam")
 * ReparamProvider<DiscreteCosineOptions> p = ...;
 * Reparam r = p.create(new DiscreteCosineOptions(-2));
 * }</pre>
 *
 * @param dim the negative event dim to transform along, or {@code null} for -1
 */
public record DiscreteCosineOptions(Integer dim) {
  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException when {@code dim} is not negative
   */
  public DiscreteCosineOptions {
    if (dim != null && dim >= 0) {
      throw new IllegalArgumentException(
          "DiscreteCosineReparam: dim must be a negative event dim (e.g. -1), got " + dim);
    }
  }

  /**
   * The dim, defaulted.
   *
   * @return {@code dim}, or -1 when unset
   */
  public int dimOrDefault() {
    return dim == null ? -1 : dim;
  }
}
