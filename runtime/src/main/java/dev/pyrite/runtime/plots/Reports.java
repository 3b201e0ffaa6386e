package dev.pyrite.runtime.plots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code report.html} of a run: a heading, the summary table as the console shows it, and every
 * plot of the folder in the order they were added.
 *
 * <pre>{@code
 * Reports report = new Reports("NUTS eight-schools", summaryText);
 * report.add(TracePlot.write(dir, "mu", chains));
 * report.write(dir);
 * }</pre>
 */
public final class Reports {
  private final String title;
  private final String summary;
  private final List<Path> plots = new ArrayList<>();

  /**
   * Starts a report.
   *
   * @param title the heading
   * @param summary the summary table or result lines, shown preformatted
   */
  public Reports(String title, String summary) {
    this.title = title;
    this.summary = summary;
  }

  /**
   * Adds a plot.
   *
   * @param png the plot's file, in the report's folder
   * @return this report
   */
  public Reports add(Path png) {
    plots.add(png);
    return this;
  }

  /**
   * The plots added so far.
   *
   * @return the files, in order
   */
  public List<Path> plots() {
    return List.copyOf(plots);
  }

  /**
   * Writes {@code report.html} into the folder.
   *
   * @param dir the plots folder
   * @return the file written
   */
  public Path write(Path dir) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>body{font-family:sans-serif;margin:2em}")
        .append("pre{background:#f6f6f6;padding:1em}img{display:block;margin:1em 0}</style>")
        .append("</head><body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<pre>")
        .append(escape(summary))
        .append("</pre>\n");
    for (Path p : plots) {
      String name = p.getFileName().toString();
      html.append("<figure><img src=\"")
          .append(escape(name))
          .append("\" width=\"")
          .append(Charts.WIDTH)
          .append("\" height=\"")
          .append(Charts.HEIGHT)
          .append("\" alt=\"")
          .append(escape(name))
          .append("\"></figure>\n");
    }
    html.append("</body></html>\n");
    return writeAtomically(
        dir.resolve("report.html"), html.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes bytes through a temporary file in the same folder and an atomic move, creating the
   * folder if needed.
   *
   * @param target the file
   * @param bytes the content
   * @return {@code target}
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  static Path writeAtomically(Path target, byte[] bytes) {
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".pyrite-", ".tmp");
      try {
        Files.write(tmp, bytes);
        Charts.move(tmp, target);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
