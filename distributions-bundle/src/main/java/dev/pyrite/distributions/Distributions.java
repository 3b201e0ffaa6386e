package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;

/**
 * Settings and helpers shared by all distributions.
 *
 * <pre>{@code
 * Distributions.setValidation(false); // skip parameter and support checks
 * }</pre>
 */
public final class Distributions {
  private static volatile boolean validation = true;
  private static final ThreadLocal<Boolean> LOCAL = new ThreadLocal<>();

  private Distributions() {}

  /**
   * Whether parameters and values are validated.
   *
   * @return true by default
   */
  public static boolean isValidation() {
    Boolean local = LOCAL.get();
    return local != null ? local : validation;
  }

  /**
   * Overrides validation on this thread until the returned handle is closed; inference loops use it
   * to validate a model's first run only.
   *
   * <pre>{@code
   * try (Distributions.Validation off = Distributions.validation(false)) {
   *   potential.energy(z);
   * }
   * }</pre>
   *
   * @param enabled whether to validate on this thread
   * @return a handle that restores the previous setting
   */
  public static Validation validation(boolean enabled) {
    Boolean previous = LOCAL.get();
    LOCAL.set(enabled);
    return () -> LOCAL.set(previous);
  }

  /** Restores the previous thread-local validation setting. */
  @FunctionalInterface
  public interface Validation extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Switches validation on or off (Pyro's {@code enable_validation}).
   *
   * @param enabled whether to validate
   */
  public static void setValidation(boolean enabled) {
    validation = enabled;
  }

  /**
   * A scalar constant on the manager and in the dtype of another array (or the backend's when
   * {@code like} is null).
   *
   * @param value the value
   * @param like an array to match, or null
   * @return a 0-dimensional array
   */
  public static NDArray scalar(double value, NDArray like) {
    if (like == null) {
      return Backend.scalar(value);
    }
    NDManager m = like.getManager();
    return like.getDataType() == DataType.FLOAT64 ? m.create(value) : m.create((float) value);
  }

  /**
   * The broadcast of shapes, numpy style.
   *
   * @param owner the distribution name, for the error message
   * @param shapes the shapes
   * @return the broadcast shape
   * @throws IllegalArgumentException naming the shapes that do not broadcast
   */
  public static Shape broadcastShapes(String owner, Shape... shapes) {
    int n = 0;
    for (Shape s : shapes) {
      n = Math.max(n, s.dimension());
    }
    long[] out = new long[n];
    java.util.Arrays.fill(out, 1);
    for (Shape s : shapes) {
      int offset = n - s.dimension();
      for (int i = 0; i < s.dimension(); i++) {
        long d = s.get(i);
        long cur = out[offset + i];
        if (cur == 1) {
          out[offset + i] = d;
        } else if (d != 1 && d != cur) {
          throw new IllegalArgumentException(
              owner
                  + ": parameter shapes "
                  + java.util.Arrays.toString(shapes)
                  + " do not broadcast; make their trailing dimensions equal or 1");
        }
      }
    }
    return new Shape(out);
  }
}
