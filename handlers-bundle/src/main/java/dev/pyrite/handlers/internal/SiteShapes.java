package dev.pyrite.handlers.internal;

import ai.djl.ndarray.types.Shape;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.PlateFrame;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Pyro's {@code check_site_shape}: the log-probability of a sample site must have the plate sizes
 * at the plates' dims and size 1 (or nothing) at every other dim within {@code maxPlateNesting};
 * dims left of it (particles, chains, enumeration) are not checked.
 */
public final class SiteShapes {
  private SiteShapes() {}

  /**
   * Checks a site's log-probability shape.
   *
   * @param site the sample site
   * @param logProb the shape of its scaled, masked log-probability
   * @param maxPlateNesting how many rightmost dims to check
   * @param table the shape table of the trace so far, appended to errors
   * @throws IllegalArgumentException in Pyro's form, naming the site, the shapes and the fixes
   */
  public static void check(
      Message site, Shape logProb, int maxPlateNesting, Supplier<String> table) {
    List<Long> expected = expected(site, table);
    if (expected.size() > maxPlateNesting) {
      throw new IllegalArgumentException(
          "at site \""
              + site.name()
              + "\", plate stack overflow\n  Try increasing max_plate_nesting to at least "
              + expected.size()
              + "\n"
              + table.get());
    }
    List<Long> actual = new ArrayList<>();
    for (long d : logProb.getShape()) {
      actual.add(d);
    }
    if (actual.size() > maxPlateNesting) {
      actual = actual.subList(actual.size() - maxPlateNesting, actual.size());
    }
    int n = Math.max(actual.size(), expected.size());
    for (int i = 1; i <= n; i++) {
      long a = i <= actual.size() ? actual.get(actual.size() - i) : 1;
      long e = i <= expected.size() ? expected.get(expected.size() - i) : 1;
      if (e != -1 && e != a) {
        throw invalid(site, expected, actual, table);
      }
    }
  }

  private static List<Long> expected(Message site, Supplier<String> table) {
    List<Long> expected = new ArrayList<>();
    for (PlateFrame f : site.condIndepStack()) {
      if (!f.isVectorized()) {
        continue;
      }
      int width = -f.dim();
      if (expected.size() < width) {
        expected.addAll(0, Collections.nCopies(width - expected.size(), (Long) null));
      }
      int at = expected.size() + f.dim();
      if (expected.get(at) != null) {
        throw new IllegalArgumentException(
            "at site \""
                + site.name()
                + "\" within plate(\""
                + f.name()
                + "\", dim="
                + f.dim()
                + "), dim collision\n  Try setting dim arg in other plates.\n"
                + table.get());
      }
      expected.set(at, f.subsampleSize());
    }
    expected.replaceAll(e -> e == null ? -1L : e);
    return expected;
  }

  private static IllegalArgumentException invalid(
      Message site, List<Long> expected, List<Long> actual, Supplier<String> table) {
    return new IllegalArgumentException(
        "at site \""
            + site.name()
            + "\", invalid log_prob shape\n"
            + "  Expected "
            + expected
            + ", actual "
            + actual
            + "\n  Try one of the following fixes:\n"
            + "  - enclose the batched tensor in a plate: try (Plate p = plate(name, size)) {...}\n"
            + "  - .toEvent(...) the distribution being sampled\n"
            + "  - .transpose(...) data dimensions\n"
            + table.get());
  }
}
