package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Distributions;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * {@code y = loc + scale * x}, elementwise; {@code loc} and {@code scale} are numbers or arrays
 * that broadcast against {@code x}.
 *
 * <pre>{@code
 * new AffineTransform(1.0, 2.0).forward(x); // 1 + 2x
 * }</pre>
 */
public final class AffineTransform implements Transform {
  private final double loc;
  private final double scale;
  private final NDArray locArray;
  private final NDArray scaleArray;
  private final Constraint codomain;

  /**
   * Creates the transform onto the reals.
   *
   * @param loc the shift
   * @param scale the factor, non-zero
   */
  public AffineTransform(double loc, double scale) {
    this(loc, scale, Constraints.real());
  }

  /**
   * Creates the transform with a declared codomain (used by {@code biject_to} of intervals).
   *
   * @param loc the shift
   * @param scale the factor, non-zero
   * @param codomain the image constraint
   */
  public AffineTransform(double loc, double scale, Constraint codomain) {
    if (scale == 0.0) {
      throw new IllegalArgumentException("AffineTransform scale must be non-zero");
    }
    this.loc = loc;
    this.scale = scale;
    this.locArray = null;
    this.scaleArray = null;
    this.codomain = codomain;
  }

  /**
   * Creates the transform with array parameters (used by {@code biject_to} of constraints with
   * array bounds).
   *
   * @param loc the shifts
   * @param scale the factors, non-zero, broadcastable against {@code loc}
   * @param codomain the image constraint
   */
  public AffineTransform(NDArray loc, NDArray scale, Constraint codomain) {
    this.loc = Double.NaN;
    this.scale = Double.NaN;
    this.locArray = loc;
    this.scaleArray = scale;
    this.codomain = codomain;
  }

  /**
   * The scale as an array.
   *
   * @param like an array whose dtype and manager to use when the scale is a number
   * @return the scale
   */
  public NDArray scale(NDArray like) {
    return scaleArray != null ? scaleArray : Distributions.scalar(scale, like);
  }

  @Override
  public NDArray forward(NDArray x) {
    return locArray == null ? x.mul(scale).add(loc) : x.mul(scaleArray).add(locArray);
  }

  @Override
  public NDArray inverse(NDArray y) {
    return locArray == null ? y.sub(loc).div(scale) : y.sub(locArray).div(scaleArray);
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    return locArray == null
        ? x.zerosLike().add(Math.log(Math.abs(scale)))
        : scaleArray.abs().log().add(x.zerosLike());
  }

  @Override
  public Constraint domain() {
    return Constraints.real();
  }

  @Override
  public Constraint codomain() {
    return codomain;
  }
}
