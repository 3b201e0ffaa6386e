package dev.pyrite.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Locates {@code ../shared} (reference values, benchmark data) beside the repository.
 *
 * <pre>{@code
 * double[] x = SharedData.column("bench-data/bernoulli100.csv", 0);
 * }</pre>
 */
public final class SharedData {
  private SharedData() {}

  /**
   * A file under the shared folder: {@code -Dpyrite.shared=DIR}, or the first {@code shared/} found
   * beside the working directory or one of its parents.
   *
   * @param relative the path inside shared/
   * @return the absolute path
   */
  public static Path path(String relative) {
    String configured = System.getProperty("pyrite.shared");
    if (configured != null) {
      return Path.of(configured).resolve(relative);
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("bench-data"))) {
        return candidate.resolve(relative);
      }
    }
    throw new IllegalStateException(
        "cannot find the shared/ folder beside the repository; set -Dpyrite.shared=DIR");
  }

  /**
   * One column of a CSV file with a header line.
   *
   * @param relative the path inside shared/
   * @param column the zero-based column
   * @return the values
   */
  public static double[] column(String relative, int column) {
    try {
      List<String> lines = Files.readAllLines(path(relative));
      return lines.stream()
          .skip(1)
          .filter(l -> !l.isBlank())
          .mapToDouble(l -> Double.parseDouble(l.split(",")[column]))
          .toArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
