package dev.pyrite.reparam;

import java.util.List;

/**
 * Options of the {@code "SplitReparam"} plug-in, bindable from JSON run specs ({@code {"sections":
 * [2, 3], "dim": -1}}; a missing {@code dim} means the last dim).
 *
 * <pre>{@code
 * // p found with PluginRegistry.get().find(ReparamProvider.class, "SplitReparam")
 * ReparamProvider<SplitOptions> p = ...;
 * Reparam r = p.create(new SplitOptions(List.of(2, 3), -1));
 * }</pre>
 *
 * @param sections the sizes of the pieces along {@code dim}, each at least 1
 * @param dim the negative event dim to split along, or {@code null} for -1
 */
public record SplitOptions(List<Integer> sections, Integer dim) {
  /**
   * Validates and copies the options.
   *
   * @throws IllegalArgumentException when {@code sections} is missing, empty or has a size below 1,
   *     or {@code dim} is not negative
   */
  public SplitOptions {
    if (sections == null || sections.isEmpty()) {
      throw new IllegalArgumentException(
          "SplitReparam: sections must list the sizes of the pieces (e.g. [2, 3]), got "
              + sections);
    }
    sections = List.copyOf(sections);
    SplitReparam.check(sections.stream().mapToInt(Integer::intValue).toArray(), dimOr(dim));
  }

  private static int dimOr(Integer dim) {
    return dim == null ? -1 : dim;
  }

  /**
   * The dim, defaulted.
   *
   * @return {@code dim}, or -1 when unset
   */
  public int dimOrDefault() {
    return dimOr(dim);
  }
}
