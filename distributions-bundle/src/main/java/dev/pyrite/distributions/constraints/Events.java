package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** Reductions of elementwise checks over the last dimension, on every engine. */
final class Events {
  private Events() {}

  /** Whether every entry along the last dimension is true. */
  static NDArray all(NDArray ok) {
    if (ok.getShape().get(ok.getShape().dimension() - 1) == 0) {
      return ok.getManager().ones(ok.getShape().slice(0, ok.getShape().dimension() - 1)).gt(0);
    }
    return ok.toType(DataType.INT32, false).min(new int[] {-1}).gt(0);
  }
}
