package dev.pyrite.runtime.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the {@code --json FILE} of {@code pyrite run}, pretty-printed, through a temporary file in
 * the same folder and an atomic move, so a failure never leaves a half-written file.
 *
 * <pre>{@code
 * ObjectNode root = JsonFile.object();
 * root.put("seconds", 1.5);
 * JsonFile.write(Path.of("out.json"), root);
 * }</pre>
 */
final class JsonFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonFile() {}

  /**
   * A new, empty JSON object.
   *
   * @return the object
   */
  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /**
   * Writes a JSON object, creating the folder if needed and replacing the file if it exists.
   *
   * @param target the file
   * @param node the object
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  static void write(Path target, ObjectNode node) {
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".pyrite-", ".json");
      try {
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), node);
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
