package dev.pyrite.distributions.constraints;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;

/** Reductions shared by the vector and matrix constraints. */
final class EventChecks {
  private EventChecks() {}

  /**
   * Whether every entry of the rightmost dims is true.
   *
   * @param ok booleans
   * @param dims how many rightmost dims to reduce
   * @return booleans with those dims removed
   */
  static NDArray all(NDArray ok, int dims) {
    NDArray out = ok;
    for (int i = 0; i < dims; i++) {
      out = Events.all(out);
    }
    return out;
  }

  /**
   * Whether matrices are lower triangular with a diagonal that passes a test.
   *
   * @param value matrices {@code (..., n, n)}
   * @param diagonalOk booleans {@code (..., n)} for the diagonal
   * @return booleans {@code (...)}
   */
  static NDArray lowerTriangular(NDArray value, NDArray diagonalOk) {
    NDArray tril = all(TensorOps.tril(value, 0).eq(value), 2);
    return tril.logicalAnd(all(diagonalOk, 1));
  }

  /**
   * Whether values have at least a number of dims, for messages that name the constraint.
   *
   * @param name the constraint
   * @param value the value
   * @param dims the event dims
   * @throws IllegalArgumentException when the value has fewer dims
   */
  static void requireDims(String name, NDArray value, int dims) {
    if (value.getShape().dimension() < dims) {
      throw new IllegalArgumentException(
          name
              + " constrains the rightmost "
              + dims
              + " dims, but the value has shape "
              + value.getShape());
    }
  }
}
