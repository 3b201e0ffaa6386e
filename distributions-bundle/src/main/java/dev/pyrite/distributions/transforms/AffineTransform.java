package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * {@code y = loc + scale * x}, elementwise.
 *
 * <pre>{@code
 * new AffineTransform(1.0, 2.0).forward(x); // 1 + 2x
 * }</pre>
 */
public final class AffineTransform implements Transform {
  private final double loc;
  private final double scale;
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
    this.codomain = codomain;
  }

  @Override
  public NDArray forward(NDArray x) {
    return x.mul(scale).add(loc);
  }

  @Override
  public NDArray inverse(NDArray y) {
    return y.sub(loc).div(scale);
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    return x.zerosLike().add(Math.log(Math.abs(scale)));
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
