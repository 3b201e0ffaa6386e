package dev.pyrite.reparam.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * An orthonormal linear map along one (negative) dim of its input, {@code y = M x} on every vector
 * along that dim, built from NDArray ops (a matrix product with the constant {@code M}), so
 * gradients flow through it under DJL autograd. Its event dim is {@code -dim} (the dim and all to
 * its right); its log-determinant is 0.
 *
 * <pre>{@code
 * double[] m = OrthonormalBases.dct(8);
 * Transform dct = new OrthonormalTransform("DiscreteCosineTransform", -1, m, 8);
 * NDArray y = dct.forward(x);        // x of shape (..., 8)
 * NDArray back = dct.inverse(y);     // x again
 * }</pre>
 */
public final class OrthonormalTransform implements Transform {
  private final String name;
  private final int dim;
  private final double[] matrix;
  private final int n;

  /**
   * Creates the transform.
   *
   * @param name the name, for messages
   * @param dim the dim it acts along, negative
   * @param matrix {@code M}, row-major {@code n x n}, orthonormal
   * @param n the length along {@code dim}
   */
  public OrthonormalTransform(String name, int dim, double[] matrix, int n) {
    if (dim >= 0) {
      throw new IllegalArgumentException(name + ": dim must be negative, got " + dim);
    }
    if (matrix.length != n * n) {
      throw new IllegalArgumentException(name + ": the matrix must have " + n * n + " entries");
    }
    this.name = name;
    this.dim = dim;
    this.matrix = matrix.clone();
    this.n = n;
  }

  /**
   * The name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  @Override
  public NDArray forward(NDArray x) {
    return apply(x, true);
  }

  @Override
  public NDArray inverse(NDArray y) {
    return apply(y, false);
  }

  /** Multiplies every vector along {@code dim} by {@code M} (forward) or {@code M^T}. */
  private NDArray apply(NDArray x, boolean forward) {
    Shape shape = x.getShape();
    int rank = shape.dimension();
    int axis = rank + dim;
    if (axis < 0 || shape.get(axis) != n) {
      throw new IllegalArgumentException(
          name + ": expected a value with size " + n + " at dim " + dim + ", got shape " + shape);
    }
    NDArray m = x.getManager().create(matrix, new Shape(n, n)).toType(x.getDataType(), false);
    // row vectors times M^T is M x per vector
    NDArray right = forward ? m.transpose() : m;
    NDArray moved = axis == rank - 1 ? x : x.swapAxes(axis, rank - 1);
    Shape movedShape = moved.getShape();
    NDArray out = moved.reshape(-1, n).matMul(right).reshape(movedShape);
    return axis == rank - 1 ? out : out.swapAxes(axis, rank - 1);
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    Shape shape = x.getShape();
    return x.getManager().zeros(shape.slice(0, shape.dimension() + dim), x.getDataType());
  }

  @Override
  public Constraint domain() {
    return Constraints.independent(Constraints.real(), -dim);
  }

  @Override
  public Constraint codomain() {
    return domain();
  }

  @Override
  public String toString() {
    return name + "(dim=" + dim + ", n=" + n + ")";
  }
}
