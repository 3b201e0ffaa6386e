package dev.pyrite.distributions.internal;

import ai.djl.ndarray.NDArray;
import dev.pyrite.distributions.Distributions;
import dev.pyrite.distributions.transforms.AffineTransform;
import dev.pyrite.distributions.transforms.ComposeTransform;
import dev.pyrite.distributions.transforms.ExpTransform;
import dev.pyrite.distributions.transforms.IdentityTransform;
import dev.pyrite.distributions.transforms.SigmoidTransform;
import dev.pyrite.distributions.transforms.SoftplusTransform;
import dev.pyrite.spi.Transform;

/**
 * Whether an elementwise transform increases or decreases (torch's {@code Transform.sign}), which
 * {@code TransformedDistribution.cdf} needs: +1 for exp, sigmoid, softplus and identity, the sign
 * of the scale for affine maps, the product along a composition.
 */
public final class Monotonicity {
  private Monotonicity() {}

  /**
   * The sign of the derivative.
   *
   * @param t the transform
   * @param like an array whose dtype and manager to use for the result
   * @return +1 or -1 (an array for an affine map with array scales)
   * @throws UnsupportedOperationException for a transform whose monotonicity is unknown
   */
  public static NDArray sign(Transform t, NDArray like) {
    if (t instanceof IdentityTransform
        || t instanceof ExpTransform
        || t instanceof SigmoidTransform
        || t instanceof SoftplusTransform) {
      return Distributions.scalar(1, like);
    }
    if (t instanceof AffineTransform a) {
      return a.scale(like).sign();
    }
    if (t instanceof ComposeTransform c) {
      NDArray s = null;
      for (Transform part : c.parts()) {
        NDArray p = sign(part, like);
        s = s == null ? p : s.mul(p);
      }
      return s;
    }
    throw new UnsupportedOperationException(
        t.getClass().getSimpleName()
            + " does not say whether it increases or decreases, so the cdf of a distribution"
            + " transformed by it is not defined");
  }
}
