package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Per-chain masks widened to per-chain rows, for {@code where} over arrays with a leading chain
 * dim.
 *
 * <pre>{@code
 * NDArray wide = Masks.rows(active, z.getShape());   // (chains) -> (chains, dim)
 * NDArray kept = NDArrays.where(wide, proposed, z);
 * }</pre>
 */
public final class Masks {
  private Masks() {}

  /**
   * Broadcasts a per-chain mask to a shape with the chain dim first.
   *
   * @param mask booleans {@code (chains)}
   * @param shape the target shape {@code (chains, ...)}
   * @return the widened mask, in the caller's scope (the mask itself for 1-d shapes)
   */
  public static NDArray rows(NDArray mask, Shape shape) {
    if (shape.dimension() == 1) {
      return mask;
    }
    long[] dims = new long[shape.dimension()];
    java.util.Arrays.fill(dims, 1L);
    dims[0] = shape.get(0);
    return mask.reshape(new Shape(dims)).broadcast(shape);
  }
}
