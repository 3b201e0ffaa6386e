package dev.pyrite.distributions.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.Distributions;

/**
 * Small engine-neutral helpers the families share: broadcasting {@code where}, constants in an
 * array's dtype, and torch's {@code clamp_by_zero}.
 */
public final class Ops {
  private Ops() {}

  /**
   * {@code cond ? a : b} with all three broadcast to their common shape (engines differ in how
   * {@code where} broadcasts).
   *
   * @param cond a boolean array
   * @param a the values where true
   * @param b the values where false
   * @return the selection
   */
  public static NDArray where(NDArray cond, NDArray a, NDArray b) {
    Shape s = Distributions.broadcastShapes("where", cond.getShape(), a.getShape(), b.getShape());
    NDArray c =
        cond.getDataType() == DataType.BOOLEAN ? cond : cond.toType(DataType.BOOLEAN, false);
    return NDArrays.where(c.broadcast(s), a.broadcast(s), b.broadcast(s));
  }

  /**
   * {@code cond ? a : value}.
   *
   * @param cond a boolean array
   * @param a the values where true
   * @param value the constant where false
   * @return the selection
   */
  public static NDArray where(NDArray cond, NDArray a, double value) {
    return where(cond, a, Distributions.scalar(value, a));
  }

  /**
   * An array of a constant, in the dtype and on the manager of {@code like}.
   *
   * @param like the array to match
   * @param shape the shape
   * @param value the value
   * @return the array
   */
  public static NDArray full(NDArray like, Shape shape, double value) {
    return Distributions.scalar(value, like).broadcast(shape);
  }

  /**
   * torch's {@code clamp_by_zero}: {@code max(x, 0)} with gradient 1/2 at 0.
   *
   * @param x the input
   * @return the clamped array
   */
  public static NDArray clampByZero(NDArray x) {
    NDArray zero = Distributions.scalar(0, x);
    return x.maximum(zero).add(x).sub(x.minimum(zero)).div(2);
  }

  /**
   * A boolean array as 0/1 values in the dtype of another array.
   *
   * @param mask the booleans
   * @param like the array whose dtype to use
   * @return 0/1 values
   */
  public static NDArray asFloat(NDArray mask, NDArray like) {
    return mask.toType(like.getDataType(), false);
  }

  /**
   * Moves an array to another dtype unless it already has it.
   *
   * @param x the array
   * @param like the array whose dtype to use
   * @return {@code x} in that dtype
   */
  public static NDArray sameType(NDArray x, NDArray like) {
    return x.getDataType() == like.getDataType() ? x : x.toType(like.getDataType(), false);
  }

  /**
   * torch's {@code xlogy}: {@code x log(y)}, and 0 where {@code x} is 0 (even at {@code y = 0}).
   *
   * @param x the factor
   * @param y the argument of the log
   * @return {@code x log(y)}
   */
  public static NDArray xlogy(NDArray x, NDArray y) {
    NDArray product = x.mul(y.log());
    return where(x.eq(0), product.zerosLike(), product);
  }
}
