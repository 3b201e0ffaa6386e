package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.ValidationSwitch;

/**
 * Settings and helpers shared by all distributions.
 *
 * <p>Validation (Pyro's {@code enable_validation}) checks parameters and values against their
 * constraints. By default it runs whenever no inference loop says otherwise, and inference loops
 * validate only a model's first run (the prototype trace, the first SVI step, MCMC set-up): later
 * runs wrap themselves in {@link #skipRevalidation()}. {@code setValidation(true)} validates every
 * run; {@code setValidation(false)} validates none.
 *
 * <pre>{@code
 * Distributions.setValidation(false); // skip parameter and support checks
 * Distributions.setValidation(true); // check every SVI step, not only the first
 * }</pre>
 */
public final class Distributions {
  private Distributions() {}

  /**
   * Whether parameters and values are validated here and now ({@link ValidationSwitch#isEnabled}).
   *
   * @return true by default
   */
  public static boolean isValidation() {
    return ValidationSwitch.isEnabled();
  }

  /**
   * Whether the user asked for validation on every run: {@code setValidation(true)} globally, or
   * {@link #validation(boolean) validation(true)} on this thread.
   *
   * @return true when validation was switched on explicitly
   */
  public static boolean isValidationForced() {
    return ValidationSwitch.isForced();
  }

  /**
   * Marks a repeated run of a model whose first run was validated (an SVI step after the first, an
   * MCMC energy evaluation): switches validation off on this thread until the handle is closed,
   * unless the user switched it on explicitly ({@link #isValidationForced()}).
   *
   * <pre>{@code
   * try (Distributions.Validation later = Distributions.skipRevalidation()) {
   *   potential.energy(z);
   * }
   * }</pre>
   *
   * @return a handle that restores the previous setting
   */
  public static Validation skipRevalidation() {
    return ValidationSwitch.skipRevalidation()::close;
  }

  /**
   * Overrides validation on this thread until the returned handle is closed.
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
    return ValidationSwitch.override(enabled)::close;
  }

  /** Restores the previous thread-local validation setting. */
  @FunctionalInterface
  public interface Validation extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Switches validation on for every run, or off (Pyro's {@code enable_validation}).
   *
   * @param enabled whether to validate
   */
  public static void setValidation(boolean enabled) {
    ValidationSwitch.set(enabled);
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
