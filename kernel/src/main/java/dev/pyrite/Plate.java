package dev.pyrite;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.internal.dist.SubsampleIndices;
import dev.pyrite.internal.stack.DimAllocator;
import dev.pyrite.internal.stack.HandlerStack;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.PlateFrame;
import java.util.Iterator;

/**
 * A plate, Pyro's {@code plate}: marks the sites inside it as conditionally independent and
 * rescales their log-probability by {@code size / subsampleSize} when subsampling.
 *
 * <p>Used as a try-with-resources context it is <em>vectorised</em>: it owns one batch dimension,
 * allocated from the right ({@code -1} for the first plate, {@code -2} for a plate nested inside
 * it, ...) unless an explicit {@code dim} is given, and {@link PlateBroadcast broadcasts} the
 * distributions inside it to that dimension. Iterated, it is <em>sequential</em>: each iteration
 * runs with a frame of {@code dim == null} whose counter is the iteration number, and yields the
 * data index (the subsample's index when subsampling).
 *
 * <pre>{@code
 * try (Plate data = plate("data", 1000, 100)) {
 *   NDArray batch = data.subsample(x, 0);      // 100 random rows
 *   sample("obs", new Normal(mu, 1), batch);   // log-likelihood scaled by 10
 * }
 * for (long i : plate("steps", 3)) {           // sequential: one frame per iteration
 *   sample("y_" + i, new Normal(mu, 1), y.get(i));
 * }
 * }</pre>
 *
 * <p>A subsampling plate draws its indices once, the first time it is entered or iterated, as a
 * sample site named like the plate (Pyro's {@code _Subsample} site): observed, of log-probability
 * zero, and marked {@value #SUBSAMPLE} in its infer map. Handlers see it, so {@code replay} gives a
 * model the indices its guide drew, and {@code condition} can fix them.
 *
 * <p>A sequential loop left by {@code break} or an exception keeps its frame installed until an
 * enclosing handler (the trace of an inference algorithm, say) closes.
 */
public final class Plate extends Handler implements Iterable<Long> {
  /** The infer key marking a subsampled plate's index site. */
  public static final String SUBSAMPLE = "_subsample";

  private final String name;
  private final long size;
  private final long subsampleSize;
  private final Integer requestedDim;
  private final NDArray givenIndices;
  private final long[] givenIndexValues;
  private int dim;
  private NDArray indices;
  private PlateFrame frame;
  private boolean used;

  /**
   * Creates a plate; {@link Pyrite#plate} creates and installs one.
   *
   * @param name the plate's name
   * @param size the full size
   * @param subsampleSize the subsample size ({@code size} for none)
   * @param dim an explicit negative dimension, or {@code null}
   */
  public Plate(String name, long size, long subsampleSize, Integer dim) {
    checkSize(name, size);
    if (subsampleSize < 1 || subsampleSize > size) {
      throw new IllegalArgumentException(
          "plate \""
              + name
              + "\" has subsampleSize "
              + subsampleSize
              + "; it must lie in [1, size="
              + size
              + "]");
    }
    this.name = name;
    this.size = size;
    this.subsampleSize = subsampleSize;
    this.requestedDim = dim;
    this.givenIndices = null;
    this.givenIndexValues = null;
  }

  /**
   * Creates a plate that subsamples the given indices, Pyro's {@code plate(name, size,
   * subsample=indices)}: the subsample size is their number.
   *
   * @param name the plate's name
   * @param size the full size
   * @param indices a 1-dimensional integer array of distinct indices in {@code [0, size)}
   * @param dim an explicit negative dimension, or {@code null}
   */
  public Plate(String name, long size, NDArray indices, Integer dim) {
    checkSize(name, size);
    this.givenIndexValues = checkIndices(name, size, indices);
    this.name = name;
    this.size = size;
    this.subsampleSize = givenIndexValues.length;
    this.requestedDim = dim;
    this.givenIndices = indices;
  }

  private static void checkSize(String name, long size) {
    if (size < 1) {
      throw new IllegalArgumentException(
          "plate \"" + name + "\" has size " + size + "; a plate needs size >= 1");
    }
  }

  private static long[] checkIndices(String name, long size, NDArray indices) {
    DataType t = indices.getDataType();
    if (indices.getShape().dimension() != 1 || !(t == DataType.INT32 || t == DataType.INT64)) {
      throw new IllegalArgumentException(
          "plate \""
              + name
              + "\" got subsample indices of shape "
              + indices.getShape()
              + " and dtype "
              + t
              + "; pass a 1-dimensional int32 or int64 array (e.g. indices.toType(DataType.INT64,"
              + " false))");
    }
    long[] values = indices.toType(DataType.INT64, false).toLongArray();
    if (values.length < 1 || values.length > size) {
      throw new IllegalArgumentException(
          "plate \""
              + name
              + "\" got "
              + values.length
              + " subsample indices; it needs between 1 and size="
              + size);
    }
    for (long v : values) {
      if (v < 0 || v >= size) {
        throw new IllegalArgumentException(
            "plate \""
                + name
                + "\" got subsample index "
                + v
                + "; indices must lie in [0, size="
                + size
                + ")");
      }
    }
    return values;
  }

  @Override
  protected void enter() {
    chooseIndices();
    dim = DimAllocator.allocate(name, requestedDim);
    frame = new PlateFrame(name, dim, size, subsampleSize, 0);
    used = false;
  }

  /** Draws (or takes) this plate's indices once, through the handler stack. */
  private void chooseIndices() {
    if (indices != null || (givenIndices == null && subsampleSize == size)) {
      return;
    }
    Message msg = new Message(MessageType.SAMPLE, name);
    msg.setFn(new SubsampleIndices(size, subsampleSize));
    msg.setValue(givenIndices);
    msg.setObserved(true);
    msg.infer().put(SUBSAMPLE, Boolean.TRUE);
    HandlerStack.apply(msg);
    NDArray chosen = msg.value();
    if (chosen.getShape().dimension() != 1 || chosen.size() != subsampleSize) {
      throw new IllegalArgumentException(
          "plate \""
              + name
              + "\" expects "
              + subsampleSize
              + " subsample indices but its index site has shape "
              + chosen.getShape()
              + "; did you use different subsample sizes for this plate in the model and the"
              + " guide?");
    }
    indices = chosen;
  }

  @Override
  protected void exit() {
    DimAllocator.free(name, dim);
  }

  /**
   * The plate's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The allocated dimension of the vectorised plate.
   *
   * @return a negative dimension (meaningless once the plate is iterated sequentially)
   */
  public int dim() {
    return dim;
  }

  /**
   * The full size.
   *
   * @return the size
   */
  public long size() {
    return size;
  }

  /**
   * The subsample size.
   *
   * @return the number of indices in this pass
   */
  public long subsampleSize() {
    return subsampleSize;
  }

  /**
   * The subsample indices of this pass, or {@code null} without subsampling.
   *
   * @return integer indices of shape {@code (subsampleSize)}
   */
  public NDArray indices() {
    return indices;
  }

  /**
   * Selects this pass's subsample of {@code data} along {@code axis}; the data itself without
   * subsampling.
   *
   * @param data full data with {@code size} entries along {@code axis}
   * @param axis the axis to subsample (0 for rows)
   * @return the subsample
   */
  public NDArray subsample(NDArray data, int axis) {
    if (indices == null) {
      return data;
    }
    if (data.getShape().get(axis) != size) {
      throw new IllegalArgumentException(
          "plate \""
              + name
              + "\" of size "
              + size
              + " cannot subsample data of shape "
              + data.getShape()
              + " along axis "
              + axis);
    }
    NDArray moved = axis == 0 ? data : data.swapAxes(0, axis);
    NDArray picked = moved.get(new NDIndex("{}", indices));
    return axis == 0 ? picked : picked.swapAxes(0, axis);
  }

  @Override
  public void process(Message msg) {
    used = true;
    msg.condIndepStack().add(0, frame);
    if (msg.type() != MessageType.SAMPLE) {
      return;
    }
    if (subsampleSize < size) {
      msg.setScale(msg.scale() * frame.scale());
    }
    PlateBroadcast.apply(msg);
  }

  /**
   * Iterates the plate sequentially: each iteration installs a frame with {@code dim == null} and
   * counter equal to the iteration number, and yields the data index. A plate made by {@link
   * Pyrite#plate} is installed as a vectorised plate; iterating it right away turns it into a
   * sequential one.
   *
   * @return the indices, {@code 0 .. size-1} or this pass's subsample
   * @throws IllegalStateException when the plate already served sites as a vectorised plate
   */
  @Override
  public Iterator<Long> iterator() {
    if (HandlerStack.contains(this)) {
      if (used || !HandlerStack.isTop(this)) {
        throw new IllegalStateException(
            "cannot use plate \""
                + name
                + "\" as both vectorized and sequential: it already holds sites as a vectorized"
                + " plate; iterate a fresh plate, e.g. for (long i : plate(\""
                + name
                + "\", "
                + size
                + "))");
      }
      close();
    } else {
      chooseIndices();
    }
    return new SequentialPlate(name, size, subsampleSize, indexValues()).iterator();
  }

  private long[] indexValues() {
    if (indices == givenIndices && givenIndexValues != null) {
      return givenIndexValues;
    }
    return indices == null ? null : indices.toType(DataType.INT64, false).toLongArray();
  }
}
