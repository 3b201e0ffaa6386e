package dev.pyrite.internal.tensor;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.Shape;

/**
 * Elementwise functions DJL lacks or computes inaccurately, built from elementwise ops so they run
 * and differentiate on every engine.
 *
 * <pre>{@code
 * NDArray psi = SpecialFunctions.digamma(x);  // accurate to ~1e-13 relative in float64
 * NDArray e = SpecialFunctions.expm1(x);      // accurate for tiny x
 * }</pre>
 */
public final class SpecialFunctions {
  /** Below this the digamma recurrence shifts the argument up; above it the series converges. */
  private static final double DIGAMMA_SHIFT = 6.0;

  /** {@code B_2k / (2k)}, k = 1..7, of the asymptotic series of digamma. */
  private static final double[] DIGAMMA_SERIES = {
    1.0 / 12, -1.0 / 120, 1.0 / 252, -1.0 / 240, 1.0 / 132, -691.0 / 32760, 1.0 / 12
  };

  private SpecialFunctions() {}

  /**
   * The digamma function {@code psi(x) = d/dx log Gamma(x)} for {@code x > 0}: the recurrence
   * {@code psi(x) = psi(x + 1) - 1/x} lifts the argument to at least 6 (one vectorised step), then
   * the asymptotic series {@code log y - 1/(2y) - sum B_2k / (2k y^2k)} through {@code k = 7}
   * (truncation error below 2e-13). Differentiable (its derivative is the trigamma function).
   *
   * @param x positive arguments
   * @return {@code psi(x)}
   */
  public static NDArray digamma(NDArray x) {
    int steps = (int) DIGAMMA_SHIFT;
    double[] offsets = new double[steps];
    for (int k = 0; k < steps; k++) {
      offsets[k] = k;
    }
    NDArray shifted = x.expandDims(-1).add(Constants.of(offsets, new Shape(steps), x));
    NDArray below = shifted.lt(DIGAMMA_SHIFT);
    NDArray reciprocal = shifted.onesLike().div(shifted);
    NDArray correction =
        NDArrays.where(below, reciprocal, reciprocal.zerosLike()).sum(new int[] {-1});
    NDArray y = x.add(below.toType(x.getDataType(), false).sum(new int[] {-1}));
    NDArray y2 = y.square();
    NDArray z = y2.onesLike().div(y2);
    NDArray acc = z.mul(DIGAMMA_SERIES[DIGAMMA_SERIES.length - 1]);
    for (int i = DIGAMMA_SERIES.length - 2; i >= 0; i--) {
      acc = acc.add(DIGAMMA_SERIES[i]).mul(z);
    }
    return y.log().sub(y.onesLike().div(y).mul(0.5)).sub(acc).sub(correction);
  }

  /**
   * {@code log(1 + x)}, accurate for small {@code x}: {@code log(u) - ((u - 1) - x) / u} with
   * {@code u = 1 + x} corrects the rounding of {@code 1 + x} (Goldberg).
   *
   * @param x the input, {@code x > -1}
   * @return {@code log1p(x)}
   */
  public static NDArray log1p(NDArray x) {
    NDArray u = x.add(1);
    return u.log().sub(u.sub(1).sub(x).div(u));
  }

  /**
   * {@code exp(x) - 1}, accurate for small {@code x}: {@code 2 t / (1 - t)} with {@code t = tanh(x
   * / 2)} for {@code |x| < 1/2}, {@code exp(x) - 1} elsewhere. The unused branch gets a safe
   * argument, so gradients stay finite.
   *
   * @param x the input
   * @return {@code expm1(x)}
   */
  public static NDArray expm1(NDArray x) {
    NDArray small = x.abs().lt(0.5);
    NDArray safe = NDArrays.where(small, x, x.zerosLike());
    NDArray t = safe.mul(0.5).tanh();
    NDArray near = t.mul(2).div(t.neg().add(1));
    NDArray far = x.exp().sub(1);
    return NDArrays.where(small, near, far);
  }

  /**
   * {@code log(sum(exp(x)))} along an axis, stable for large inputs and exact ({@code -inf}) when
   * every entry is {@code -inf}.
   *
   * @param x the input
   * @param axis the axis to reduce (negative counts from the end)
   * @return the reduced array
   */
  public static NDArray logSumExp(NDArray x, int axis) {
    NDArray m = x.max(new int[] {axis}, true).stopGradient();
    // inf - inf is NaN, so this is false exactly at infinite (and NaN) maxima
    NDArray finite = NDArrays.where(m.sub(m).eq(0), m, m.zerosLike()).stopGradient();
    return x.sub(finite).exp().sum(new int[] {axis}).log().add(finite.squeeze(axis));
  }
}
