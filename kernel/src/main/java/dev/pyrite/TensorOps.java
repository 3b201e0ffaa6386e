package dev.pyrite;

import ai.djl.ndarray.NDArray;

/**
 * Numerically careful tensor functions that DJL's {@code NDArray} lacks, built from elementwise ops
 * so they work (with gradients) on every engine.
 *
 * <pre>{@code
 * NDArray y = TensorOps.softplus(x);        // log(1 + exp(x)), no overflow
 * NDArray lse = TensorOps.logSumExp(x, 0);  // log(sum(exp(x), axis 0))
 * }</pre>
 */
public final class TensorOps {
  private TensorOps() {}

  /**
   * {@code log(1 + x)}, accurate for small {@code x}.
   *
   * @param x the input, {@code x > -1}
   * @return {@code log1p(x)}
   */
  public static NDArray log1p(NDArray x) {
    NDArray u = x.add(1);
    // log(u) - ((u - 1) - x) / u corrects the rounding of 1 + x (Goldberg's trick)
    return u.log().sub(u.sub(1).sub(x).div(u));
  }

  /**
   * {@code exp(x) - 1}.
   *
   * @param x the input
   * @return {@code expm1(x)}
   */
  public static NDArray expm1(NDArray x) {
    return x.exp().sub(1);
  }

  /**
   * {@code log(1 + exp(x))} without overflow.
   *
   * @param x the input
   * @return the softplus
   */
  public static NDArray softplus(NDArray x) {
    return x.maximum(0).add(log1p(x.abs().neg().exp()));
  }

  /**
   * {@code log(sigmoid(x)) = -softplus(-x)}.
   *
   * @param x the input
   * @return the log-sigmoid
   */
  public static NDArray logSigmoid(NDArray x) {
    return softplus(x.neg()).neg();
  }

  /**
   * {@code 1 / (1 + exp(-x))}.
   *
   * @param x the input
   * @return the sigmoid
   */
  public static NDArray sigmoid(NDArray x) {
    return logSigmoid(x).exp();
  }

  /**
   * {@code log(x / (1 - x))}.
   *
   * @param p probabilities in (0, 1)
   * @return the logits
   */
  public static NDArray logit(NDArray p) {
    return p.log().sub(log1p(p.neg()));
  }

  /**
   * {@code log(sum(exp(x)))} along an axis, stable for large inputs.
   *
   * @param x the input
   * @param axis the axis to reduce
   * @return the reduced array
   */
  public static NDArray logSumExp(NDArray x, int axis) {
    NDArray m = x.max(new int[] {axis}, true).stopGradient();
    return x.sub(m).exp().sum(new int[] {axis}).log().add(m.squeeze(axis));
  }

  /**
   * {@code log B(a, b) = lgamma(a) + lgamma(b) - lgamma(a + b)}.
   *
   * @param a the first argument
   * @param b the second argument
   * @return the log beta function
   */
  public static NDArray logBeta(NDArray a, NDArray b) {
    return a.gammaln().add(b.gammaln()).sub(a.add(b).gammaln());
  }

  /**
   * Sums the rightmost {@code n} dimensions.
   *
   * @param x the input
   * @param n how many dims to sum
   * @return the reduced array
   */
  public static NDArray sumRightmost(NDArray x, int n) {
    NDArray out = x;
    for (int i = 0; i < n; i++) {
      out = out.sum(new int[] {-1});
    }
    return out;
  }
}
