package dev.pyrite.internal.tensor;

import ai.djl.ndarray.NDArray;

/**
 * Picks the {@link LinearAlgebra} for the engine an array belongs to: MXNet's LAPACK operators,
 * PyTorch's diagonal, and the engine-neutral routines for everything else.
 *
 * <pre>{@code
 * NDArray l = LinearAlgebras.of(cov).cholesky(cov);
 * }</pre>
 */
public final class LinearAlgebras {
  private static final LinearAlgebra NEUTRAL = new NeutralLinearAlgebra();
  private static final LinearAlgebra MXNET = new MxnetLinearAlgebra();
  private static final LinearAlgebra PYTORCH = new PyTorchLinearAlgebra();

  private LinearAlgebras() {}

  /**
   * The implementation for an array's engine.
   *
   * @param a an array
   * @return the fast path of its engine, or the engine-neutral implementation
   */
  public static LinearAlgebra of(NDArray a) {
    return switch (a.getManager().getEngine().getEngineName()) {
      case "MXNet" -> MXNET;
      case "PyTorch" -> PYTORCH;
      default -> NEUTRAL;
    };
  }

  /**
   * The engine-neutral implementation (tests compare the fast paths against it).
   *
   * @return the implementation built from DJL's generic ops
   */
  public static LinearAlgebra neutral() {
    return NEUTRAL;
  }
}
