package dev.pyrite;

import ai.djl.ndarray.types.Shape;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.PlateFrame;

/**
 * Expands a sample site's distribution to the batch dimensions of the vectorised plates it sits in,
 * Pyro's {@code BroadcastMessenger} logic; {@link Plate} applies it to every site inside it and the
 * {@code broadcast} handler applies it on its own.
 *
 * <p>Each vectorised frame fixes the size of its dimension (its subsample size); dimensions no
 * plate owns keep the distribution's size, or 1 where the distribution has none. A distribution
 * whose size at a plate's dimension is neither 1 nor the plate's size is an error.
 *
 * <pre>{@code
 * try (Plate a = plate("a", 3); Plate b = plate("b", 4)) {
 *   // Normal(0, 1) is broadcast to batch shape (4, 3): "a" owns dim -1, "b" dim -2
 *   sample("x", new Normal(0, 1));
 * }
 * }</pre>
 */
public final class PlateBroadcast {
  private PlateBroadcast() {}

  /**
   * Replaces the distribution of a sample site that is not done yet by its expansion to the plates
   * on its frame stack; other messages are left alone.
   *
   * @param msg the message
   * @throws IllegalArgumentException naming the plate, the site, the dim and both sizes when the
   *     distribution does not broadcast to a plate
   */
  public static void apply(Message msg) {
    if (msg.type() != MessageType.SAMPLE
        || msg.isDone()
        || msg.fn() == null
        || msg.infer().containsKey(Plate.SUBSAMPLE)) {
      return;
    }
    Shape target = targetShape(msg);
    if (target != null) {
      msg.setFn(msg.fn().expand(target));
    }
  }

  /**
   * The batch shape the site's distribution must have inside its plates.
   *
   * @param msg the message
   * @return the target batch shape, or {@code null} when the distribution already has it
   */
  public static Shape targetShape(Message msg) {
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
    boolean changed = width != n;
    for (PlateFrame f : msg.condIndepStack()) {
      if (!f.isVectorized()) {
        continue;
      }
      int at = width + f.dim();
      if (target[at] != 1 && target[at] != f.subsampleSize()) {
        throw mismatch(msg, f, actual, target[at]);
      }
      if (target[at] != f.subsampleSize()) {
        target[at] = f.subsampleSize();
        changed = true;
      }
    }
    return changed ? new Shape(target) : null;
  }

  private static IllegalArgumentException mismatch(
      Message msg, PlateFrame f, Shape actual, long size) {
    return new IllegalArgumentException(
        "Shape mismatch inside plate(\""
            + f.name()
            + "\") at site \""
            + msg.name()
            + "\" dim "
            + f.dim()
            + ", "
            + f.subsampleSize()
            + " vs "
            + size
            + "\nThe distribution "
            + msg.fn().name()
            + " has batch shape "
            + format(actual)
            + "; give it size 1 or "
            + f.subsampleSize()
            + " at dim "
            + f.dim()
            + ", or move the plate to another dim (plate(name, size, subsampleSize, dim))");
  }

  private static String format(Shape shape) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < shape.dimension(); i++) {
      sb.append(i == 0 ? "" : ", ").append(shape.get(i));
    }
    return sb.append(']').toString();
  }
}
