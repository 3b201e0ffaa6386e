package dev.pyrite.engine.jvm.internal;

/** Builds the error for an operation the Jvm engine does not implement. */
public final class Unsupported {
  private Unsupported() {}

  /**
   * The error for an operation.
   *
   * @param op the operation, e.g. {@code "NDArray.fft"}
   * @return the exception to throw
   */
  public static UnsupportedOperationException op(String op) {
    return new UnsupportedOperationException(
        "Jvm engine does not implement "
            + op
            + "; choose another engine (--engine MXNet or PyTorch) for this model");
  }
}
