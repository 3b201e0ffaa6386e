package dev.pyrite;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.internal.stack.DimAllocator;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.PlateFrame;

/**
 * A vectorised plate, Pyro's {@code plate}: marks the sample sites inside it as conditionally
 * independent along one batch dimension, broadcasts their distributions to it, and rescales their
 * log-probability by {@code size / subsampleSize} when subsampling.
 *
 * <p>Dimensions are allocated from the right ({@code -1} for the first plate, {@code -2} for a
 * plate nested inside it, ...) unless an explicit {@code dim} is given.
 *
 * <pre>{@code
 * try (Plate data = plate("data", 1000, 100)) {
 *   NDArray batch = data.subsample(x, 0);      // 100 random rows
 *   sample("obs", new Normal(mu, 1), batch);   // log-likelihood scaled by 10
 * }
 * }</pre>
 */
public final class Plate extends Handler {
  private final String name;
  private final long size;
  private final long subsampleSize;
  private final Integer requestedDim;
  private int dim;
  private NDArray indices;
  private PlateFrame frame;

  /**
   * Creates a plate; {@link Pyrite#plate} creates and installs one.
   *
   * @param name the plate's name
   * @param size the full size
   * @param subsampleSize the subsample size ({@code size} for none)
   * @param dim an explicit negative dimension, or {@code null}
   */
  public Plate(String name, long size, long subsampleSize, Integer dim) {
    if (size < 1) {
      throw new IllegalArgumentException(
          "plate \"" + name + "\" has size " + size + "; a plate needs size >= 1");
    }
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
  }

  @Override
  protected void enter() {
    dim = DimAllocator.allocate(name, requestedDim);
    frame = new PlateFrame(name, dim, size, subsampleSize, 0);
    if (subsampleSize < size) {
      indices =
          Backend.manager()
              .randomUniform(0f, 1f, new Shape(size))
              .argSort()
              .get(new NDIndex(":" + subsampleSize));
    }
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
   * The allocated dimension.
   *
   * @return a negative dimension
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
   * @return int64 indices of shape {@code (subsampleSize)}
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
    msg.condIndepStack().add(0, frame);
    if (msg.type() != MessageType.SAMPLE) {
      return;
    }
    if (subsampleSize < size) {
      msg.setScale(msg.scale() * frame.scale());
    }
    if (!msg.isDone() && msg.fn() != null) {
      msg.setFn(broadcast(msg));
    }
  }

  private static Distribution broadcast(Message msg) {
    Distribution fn = msg.fn();
    Shape actual = fn.batchShape();
    int n = actual.dimension();
    int width = n;
    for (PlateFrame f : msg.condIndepStack()) {
      if (f.isVectorized()) {
        width = Math.max(width, -f.dim());
      }
    }
    long[] target = new long[width];
    for (int i = 0; i < width; i++) {
      int fromRight = width - i;
      target[i] = fromRight <= n ? actual.get(n - fromRight) : 1;
    }
    boolean changed = false;
    for (PlateFrame f : msg.condIndepStack()) {
      if (!f.isVectorized()) {
        continue;
      }
      int at = width + f.dim();
      if (target[at] != 1 && target[at] != f.subsampleSize()) {
        throw new IllegalArgumentException(
            "Shape mismatch inside plate(\""
                + f.name()
                + "\") at site \""
                + msg.name()
                + "\" dim "
                + f.dim()
                + ", "
                + f.subsampleSize()
                + " vs "
                + target[at]);
      }
      if (target[at] != f.subsampleSize()) {
        target[at] = f.subsampleSize();
        changed = true;
      }
    }
    return changed || width != n ? fn.expand(new Shape(target)) : fn;
  }
}
