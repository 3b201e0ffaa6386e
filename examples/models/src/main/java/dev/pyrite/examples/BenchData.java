package dev.pyrite.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shared benchmark data ({@code ../shared/bench-data/}) at run time, so the data files
 * are never copied into the project. The folder is {@code -Dpyrite.data=DIR} when set, else {@code
 * bench-data} under {@code -Dpyrite.shared=DIR}, else {@code ../shared/bench-data} beside {@code
 * -Dpyrite.home} (set by the {@code pyrite} script), else the first {@code shared/bench-data}
 * beside the working directory or one of its parents.
 *
 * <pre>{@code
 * List<double[]> rows = BenchData.csv("eight_schools.csv"); // header skipped
 * }</pre>
 */
public final class BenchData {
  private BenchData() {}

  /**
   * The path of a file of the bench-data folder.
   *
   * @param file the file name, e.g. {@code "eight_schools.csv"}
   * @return the path
   * @throws IllegalArgumentException naming the places looked in and the option that fixes it
   */
  public static Path path(String file) {
    List<Path> tried = new ArrayList<>();
    for (Path dir : candidates()) {
      Path p = dir.resolve(file);
      if (Files.isRegularFile(p)) {
        return p;
      }
      tried.add(p);
    }
    throw new IllegalArgumentException(
        "cannot find the bench data file "
            + file
            + "; looked at "
            + tried
            + "; set -Dpyrite.data=DIR to the folder of ../shared/bench-data (for the pyrite"
            + " script: PYRITE_JAVA_OPTS=-Dpyrite.data=DIR)");
  }

  private static List<Path> candidates() {
    List<Path> out = new ArrayList<>();
    String data = System.getProperty("pyrite.data");
    if (data != null) {
      out.add(Path.of(data));
    }
    String shared = System.getProperty("pyrite.shared");
    if (shared != null) {
      out.add(Path.of(shared).resolve("bench-data"));
    }
    String home = System.getProperty("pyrite.home");
    if (home != null) {
      out.add(Path.of(home).toAbsolutePath().resolveSibling("shared").resolve("bench-data"));
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      out.add(d.resolveSibling("shared").resolve("bench-data"));
    }
    return out;
  }

  /**
   * The rows of a CSV file of numbers with one header line.
   *
   * @param file the file name in the bench-data folder
   * @return one array per non-blank line after the header
   * @throws IllegalArgumentException when the file is missing, ragged or holds a value that is not
   *     a finite number (see {@link CsvTable})
   */
  public static List<double[]> csv(String file) {
    return CsvTable.read(path(file)).rows();
  }
}
