package dev.pyrite.distributions.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.Distributions;
import dev.pyrite.spi.Distribution;

/**
 * The entropy of a distribution over {0, 1, 2, ...} by direct summation of {@code -p log p} over
 * {@code k = 0..K}, with {@code K} far enough in the tail that the rest is below double precision
 * ({@code mean + 40 sd + 40}, or the largest value of a bounded support). Gradients flow through
 * the log-pmf.
 *
 * <pre>{@code
 * NDArray h = DiscreteEntropy.bySummation(poisson, null);
 * }</pre>
 */
public final class DiscreteEntropy {
  private DiscreteEntropy() {}

  /**
   * Sums {@code -p log p}.
   *
   * @param d a univariate distribution over the non-negative integers
   * @param upper the largest value of the support per batch entry, or {@code null} when unbounded
   * @return the entropy, of shape {@code batchShape}
   */
  public static NDArray bySummation(Distribution d, NDArray upper) {
    NDArray mean = d.mean().stopGradient();
    NDArray last =
        upper != null
            ? upper.stopGradient()
            : mean.add(d.variance().stopGradient().sqrt().mul(40)).add(40);
    double k = Math.ceil(last.max().toType(DataType.FLOAT64, false).getDouble());
    Shape batch = d.batchShape();
    long[] column = new long[batch.dimension() + 1];
    java.util.Arrays.fill(column, 1);
    column[0] = (long) k + 1;
    NDArray values =
        mean.getManager().arange(0, (int) k + 1, 1, mean.getDataType()).reshape(new Shape(column));
    NDArray lp;
    try (Distributions.Validation off = Distributions.validation(false)) {
      lp = d.logProb(values);
    }
    NDArray inSupport = d.support().check(values.broadcast(lp.getShape()));
    NDArray finite = lp.gt(Double.NEGATIVE_INFINITY).logicalAnd(lp.lt(Double.POSITIVE_INFINITY));
    // zero the log-pmf outside the support before multiplying, so gradients stay finite
    NDArray keep = inSupport.logicalAnd(finite);
    NDArray safe = Ops.where(keep, lp, 0.0);
    NDArray terms = safe.exp().mul(safe).mul(Ops.asFloat(keep, safe));
    return terms.sum(new int[] {0}).neg();
  }
}
