package dev.pyrite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file of JSON lines that grows one line at a time without ever being seen half written: each
 * append writes the old content plus the new line to a temporary file beside it and moves that over
 * the file (atomically where the file system allows).
 *
 * <pre>{@code
 * JsonLinesFile out = new JsonLinesFile(Path.of("results.jsonl"));
 * out.append("{\"workload\":\"W3\"}");
 * }</pre>
 */
final class JsonLinesFile {
  private final Path file;

  /**
   * A file to append to; it and its folder are created on the first append.
   *
   * @param file the path
   */
  JsonLinesFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  /**
   * Appends one line.
   *
   * @param line the JSON text, without a line break
   * @throws IOException when the file cannot be read, written or replaced
   */
  void append(String line) throws IOException {
    Path dir = file.getParent();
    Files.createDirectories(dir);
    byte[] old = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    byte[] add = (line + "\n").getBytes(StandardCharsets.UTF_8);
    boolean needsBreak = old.length > 0 && old[old.length - 1] != '\n';
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      byte[] all = new byte[old.length + (needsBreak ? 1 : 0) + add.length];
      System.arraycopy(old, 0, all, 0, old.length);
      if (needsBreak) {
        all[old.length] = '\n';
      }
      System.arraycopy(add, 0, all, all.length - add.length, add.length);
      Files.write(tmp, all);
      move(tmp);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private void move(Path tmp) throws IOException {
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
