package dev.pyrite.svi;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.optim.OptimizerState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Saves and restores a whole SVI run in one file: the current param store (as {@link
 * ParamStore#save} writes it), the optimiser's state (per-param moments and update counts, finished
 * steps, the schedule's state) and SVI's step count, followed by a CRC-32 of everything before it.
 *
 * <p>A save writes a temporary file beside the target and moves it into place atomically. A load
 * reads and checks the whole file first: a truncated or corrupt file, or one that does not fit the
 * SVI (another optimiser, params of other shapes or constraints), is rejected with an error that
 * says so, and neither the param store nor the optimiser is changed.
 *
 * <p>Randomness: the engines keep their random state in native code, which cannot be saved, so a
 * checkpoint does not hold it. A run that continues after {@code load} is bit for bit the
 * uninterrupted one when both reseed at the same step (e.g. {@code Backend.seed(base + step)}), or
 * when the guide is deterministic. {@code TraceElbo} infers the plate nesting once per model and
 * guide with a trace that draws from the guide; in a new JVM declare it ({@code new
 * TraceElbo(options, maxPlateNesting)}) so that no extra draw happens after the reseed.
 *
 * <pre>{@code
 * Checkpoint.save(svi, Path.of("fit.ckpt"));
 * // later, in a fresh JVM: same model, guide, optimiser kind and options
 * SVI<NDArray> again = new SVI<>(model, guide, new Adam(0.05), new TraceElbo(10));
 * Checkpoint.load(again, Path.of("fit.ckpt"));
 * }</pre>
 */
public final class Checkpoint {
  private static final String MAGIC = "pyrite-svi-checkpoint";
  private static final int VERSION = 1;

  private Checkpoint() {}

  /**
   * Writes the run to a file, replacing it atomically.
   *
   * @param svi the run; its optimiser must be checkpointable (a {@code ParamOptimizer})
   * @param file the target file
   * @throws UncheckedIOException when writing fails; the target is then unchanged
   */
  public static void save(SVI<?> svi, Path file) {
    OptimizerState state = svi.optimizer().state();
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeUTF(MAGIC);
      out.writeInt(VERSION);
      out.writeLong(svi.steps());
      writeOptimizer(out, state);
      writeStore(out, target.getParent());
      out.flush();
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeLong(crc.getValue());
      out.flush();
      Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try {
        Files.write(tmp, bytes.toByteArray());
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the checkpoint " + file + ": " + e, e);
    }
  }

  /**
   * Restores a run into an SVI: params into the current param store (created when missing,
   * overwritten bit for bit when present), the optimiser's state, and the step count.
   *
   * @param svi the run to continue, with an optimiser of the saved kind and options
   * @param file the checkpoint
   * @throws IllegalArgumentException when the file is corrupt, truncated or does not fit; nothing
   *     was changed then
   * @throws UncheckedIOException when the file cannot be read
   */
  public static void load(SVI<?> svi, Path file) {
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the checkpoint " + file + ": " + e, e);
    }
    checkIntegrity(file, all);
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, all.length - 8));
      if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
        throw corrupt(file, "not a version-" + VERSION + " Pyrite SVI checkpoint");
      }
      long sviSteps = in.readLong();
      OptimizerState state = readOptimizer(in);
      ParamStore loaded = readStore(in, file.toAbsolutePath().getParent());
      ParamStore target = ParamStore.current();
      checkFits(file, loaded, target);
      svi.optimizer().restore(state);
      copyParams(loaded, target);
      loaded.clear();
      svi.restoreSteps(sviSteps);
    } catch (IOException e) {
      throw corrupt(file, e.toString());
    }
  }

  private static void checkIntegrity(Path file, byte[] all) {
    if (all.length < 8) {
      throw corrupt(file, "the file has " + all.length + " bytes");
    }
    CRC32 crc = new CRC32();
    crc.update(all, 0, all.length - 8);
    long saved = ByteBuffer.wrap(all, all.length - 8, 8).getLong();
    if (crc.getValue() != saved) {
      throw corrupt(file, "checksum mismatch (truncated or modified)");
    }
  }

  private static IllegalArgumentException corrupt(Path file, String why) {
    return new IllegalArgumentException(
        "checkpoint "
            + file
            + " is corrupt or truncated: "
            + why
            + "; nothing was loaded (param store and optimizer unchanged). Load an intact"
            + " checkpoint or save a new one");
  }

  private static void writeOptimizer(DataOutputStream out, OptimizerState s) throws IOException {
    out.writeUTF(s.optimizer());
    out.writeLong(s.steps());
    out.writeInt(s.schedule().size());
    for (Map.Entry<String, Double> e : s.schedule().entrySet()) {
      out.writeUTF(e.getKey());
      out.writeDouble(e.getValue());
    }
    out.writeInt(s.params().size());
    for (Map.Entry<String, OptimizerState.ParamState> e : s.params().entrySet()) {
      out.writeUTF(e.getKey());
      out.writeLong(e.getValue().count());
      out.writeInt(e.getValue().arrays().size());
      for (NDArray a : e.getValue().arrays()) {
        writeArray(out, a);
      }
    }
  }

  private static OptimizerState readOptimizer(DataInputStream in) throws IOException {
    String kind = in.readUTF();
    long steps = in.readLong();
    Map<String, Double> schedule = new LinkedHashMap<>();
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      schedule.put(in.readUTF(), in.readDouble());
    }
    Map<String, OptimizerState.ParamState> params = new LinkedHashMap<>();
    int p = in.readInt();
    for (int i = 0; i < p; i++) {
      String name = in.readUTF();
      long count = in.readLong();
      int k = in.readInt();
      List<NDArray> arrays = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        arrays.add(readArray(in));
      }
      params.put(name, new OptimizerState.ParamState(count, arrays));
    }
    return new OptimizerState(kind, steps, params, schedule);
  }

  private static void writeArray(DataOutputStream out, NDArray a) throws IOException {
    out.writeUTF(a.getDataType().name());
    long[] dims = a.getShape().getShape();
    out.writeInt(dims.length);
    for (long d : dims) {
      out.writeLong(d);
    }
    ByteBuffer raw = a.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    byte[] b = new byte[raw.remaining()];
    raw.get(b);
    out.writeInt(b.length);
    out.write(b);
  }

  private static NDArray readArray(DataInputStream in) throws IOException {
    DataType type = DataType.valueOf(in.readUTF());
    long[] dims = new long[in.readInt()];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = in.readLong();
    }
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    ByteBuffer buf = ByteBuffer.allocateDirect(b.length).order(ByteOrder.nativeOrder());
    buf.put(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN)).rewind();
    return Backend.manager().create(buf, new Shape(dims), type);
  }

  private static void writeStore(DataOutputStream out, Path near) throws IOException {
    Path dir = Files.createTempDirectory(near, ".ckpt-store-");
    try {
      Path store = dir.resolve("store");
      ParamStore.current().save(store);
      List<Path> files;
      try (Stream<Path> s = Files.list(store)) {
        files = s.sorted().toList();
      }
      out.writeInt(files.size());
      for (Path f : files) {
        byte[] b = Files.readAllBytes(f);
        out.writeUTF(f.getFileName().toString());
        out.writeInt(b.length);
        out.write(b);
      }
    } finally {
      deleteTree(dir);
    }
  }

  private static ParamStore readStore(DataInputStream in, Path near) throws IOException {
    Path dir = Files.createTempDirectory(near, ".ckpt-load-");
    try {
      Path store = Files.createDirectory(dir.resolve("store"));
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String name = Path.of(in.readUTF()).getFileName().toString();
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        Files.write(store.resolve(name), b);
      }
      return ParamStore.load(store);
    } finally {
      deleteTree(dir);
    }
  }

  private static void checkFits(Path file, ParamStore loaded, ParamStore target) {
    for (String name : loaded.names()) {
      if (!target.contains(name)) {
        continue;
      }
      String had = target.constraint(name) == null ? "real" : target.constraint(name).name();
      String got = loaded.constraint(name) == null ? "real" : loaded.constraint(name).name();
      if (!had.equals(got) || !target.shape(name).equals(loaded.shape(name))) {
        throw new IllegalArgumentException(
            "checkpoint "
                + file
                + ": param \""
                + name
                + "\" is "
                + got
                + " "
                + loaded.shape(name)
                + " in the checkpoint but "
                + had
                + " "
                + target.shape(name)
                + " in the param store; nothing was loaded. Clear the param store first");
      }
      DataType t = loaded.unconstrained(name).getDataType();
      if (t != DataType.FLOAT32 && t != DataType.FLOAT64) {
        throw new IllegalArgumentException(
            "checkpoint " + file + ": param \"" + name + "\" has dtype " + t + "; expected float");
      }
    }
  }

  private static void copyParams(ParamStore loaded, ParamStore target) {
    for (String name : loaded.names()) {
      if (!target.contains(name)) {
        target.get(
            name, () -> loaded.constrained(name), loaded.constraint(name), loaded.eventDim(name));
      }
      NDArray src = loaded.unconstrained(name).stopGradient();
      NDArray dst = target.unconstrained(name);
      if (src.getDataType() == DataType.FLOAT64) {
        dst.set(DoubleBuffer.wrap(src.toDoubleArray()));
      } else {
        dst.set(FloatBuffer.wrap(src.toFloatArray()));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
