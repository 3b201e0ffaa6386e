package dev.pyrite.internal.paramstore;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The on-disk form of a param store: a directory with {@value #MANIFEST} (Jackson JSON: format,
 * version, and per param its name, tensor file, dtype, constrained and unconstrained shapes,
 * constraint name and event dims) and one {@code param-<i>.bin} per param holding the unconstrained
 * value as raw little-endian bytes.
 *
 * <p>A save writes everything into a fresh temporary directory beside the target and renames it
 * into place (an existing store there is first renamed aside, then deleted), so a failure never
 * leaves a half-written store.
 */
public final class StoreFiles {
  /** The manifest's file name. */
  public static final String MANIFEST = "manifest.json";

  private static final String FORMAT = "pyrite-param-store";
  private static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoreFiles() {}

  /**
   * Writes params into a directory, replacing a store saved there before.
   *
   * @param dir the target directory
   * @param params the params, in order
   * @throws IOException when writing fails; {@code dir} is then unchanged
   */
  public static void write(Path dir, List<StoredParam> params) throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    checkReplaceable(target);
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
    try {
      ArrayNode entries = JSON.createArrayNode();
      for (int i = 0; i < params.size(); i++) {
        String file = "param-" + i + ".bin";
        Files.write(tmp.resolve(file), RawTensors.toLittleEndian(params.get(i).unconstrained()));
        entries.add(entry(params.get(i), file));
      }
      ObjectNode root = JSON.createObjectNode();
      root.put("format", FORMAT);
      root.put("version", VERSION);
      root.put("byteOrder", "little-endian");
      root.set("params", entries);
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.resolve(MANIFEST).toFile(), root);
      moveIntoPlace(tmp, target);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(tmp, e);
      throw e;
    }
  }

  /**
   * Reads the params of a saved store.
   *
   * @param dir the directory {@link #write} wrote
   * @param manager the manager the arrays are created in
   * @return the params, in saved order, with constraint names still unresolved
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException when the directory holds no valid store
   */
  public static List<StoredParam> read(Path dir, NDManager manager) throws IOException {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      throw new IllegalArgumentException(
          "no param store in "
              + dir
              + ": "
              + MANIFEST
              + " is missing; save one there with ParamStore.save(dir)");
    }
    JsonNode root = JSON.readTree(manifest.toFile());
    if (!FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
      throw new IllegalArgumentException(
          manifest + " is not a version " + VERSION + " " + FORMAT + " manifest");
    }
    List<StoredParam> out = new ArrayList<>();
    for (JsonNode e : root.path("params")) {
      out.add(param(dir, e, manager));
    }
    return out;
  }

  private static ObjectNode entry(StoredParam p, String file) {
    ObjectNode e = JSON.createObjectNode();
    e.put("name", p.name());
    e.put("file", file);
    e.put("dtype", RawTensors.name(p.unconstrained().getDataType()));
    e.set("shape", shape(p.shape()));
    e.set("unconstrainedShape", shape(p.unconstrained().getShape()));
    e.put("constraint", p.constraint());
    e.put("eventDim", p.eventDim());
    return e;
  }

  private static StoredParam param(Path dir, JsonNode e, NDManager manager) throws IOException {
    String name = e.path("name").asText();
    String file = e.path("file").asText();
    if (!file.matches("param-[0-9]+\\.bin")) {
      throw new IllegalArgumentException(
          "param \"" + name + "\" names an invalid tensor file \"" + file + "\"");
    }
    DataType dtype = RawTensors.dtype(e.path("dtype").asText());
    Shape stored = shape(e.path("unconstrainedShape"));
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(dir.resolve(file));
    } catch (NoSuchFileException missing) {
      throw new IllegalArgumentException(
          "param \"" + name + "\": tensor file " + dir.resolve(file) + " is missing", missing);
    }
    NDArray array;
    try {
      array = RawTensors.fromLittleEndian(manager, bytes, stored, dtype);
    } catch (IllegalArgumentException bad) {
      throw new IllegalArgumentException("param \"" + name + "\": " + bad.getMessage(), bad);
    }
    JsonNode c = e.path("constraint");
    return new StoredParam(
        name,
        array,
        shape(e.path("shape")),
        c.isNull() || c.isMissingNode() ? null : c.asText(),
        e.path("eventDim").asInt());
  }

  private static ArrayNode shape(Shape s) {
    ArrayNode a = JSON.createArrayNode();
    for (long d : s.getShape()) {
      a.add(d);
    }
    return a;
  }

  private static Shape shape(JsonNode a) {
    long[] dims = new long[a.size()];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = a.get(i).asLong();
    }
    return new Shape(dims);
  }

  /** Refuses to replace anything but an empty directory or a saved store. */
  private static void checkReplaceable(Path target) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new IllegalArgumentException(
          "cannot save the param store to " + target + ": it is a file; pass a directory path");
    }
    boolean empty;
    try (Stream<Path> s = Files.list(target)) {
      empty = s.findAny().isEmpty();
    }
    if (!empty && !Files.isRegularFile(target.resolve(MANIFEST))) {
      throw new IllegalArgumentException(
          "cannot save the param store to "
              + target
              + ": the directory holds other files and no "
              + MANIFEST
              + "; pass a new or empty directory");
    }
  }

  private static void moveIntoPlace(Path tmp, Path target) throws IOException {
    if (!Files.exists(target)) {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    deleteQuietly(old, null);
  }

  private static void deleteQuietly(Path dir, Exception cause) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      if (cause != null) {
        cause.addSuppressed(e);
      }
    }
  }
}
