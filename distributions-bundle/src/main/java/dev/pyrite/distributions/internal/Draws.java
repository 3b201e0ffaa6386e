package dev.pyrite.distributions.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.transforms.Precision;

/** Standard random draws in the dtype and on the manager of a parameter array. */
public final class Draws {
  private Draws() {}

  /**
   * Uniform draws in the open interval {@code (0, 1)} (clamped into {@code [tiny, 1 - eps]}).
   *
   * @param like an array whose dtype and manager to use
   * @param shape the shape
   * @return the draws
   */
  public static NDArray uniform(NDArray like, Shape shape) {
    return Precision.clampProbs(like.getManager().randomUniform(0f, 1f, shape, like.getDataType()));
  }

  /**
   * Standard normal draws.
   *
   * @param like an array whose dtype and manager to use
   * @param shape the shape
   * @return the draws
   */
  public static NDArray normal(NDArray like, Shape shape) {
    return like.getManager().randomNormal(0f, 1f, shape, like.getDataType());
  }

  /**
   * Standard exponential draws, {@code -log(U)}.
   *
   * @param like an array whose dtype and manager to use
   * @param shape the shape
   * @return the draws
   */
  public static NDArray exponential(NDArray like, Shape shape) {
    return uniform(like, shape).log().neg();
  }
}
