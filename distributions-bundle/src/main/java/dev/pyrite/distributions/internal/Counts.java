package dev.pyrite.distributions.internal;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;

/**
 * Log-pmfs and engine-neutral samplers of the Poisson and binomial laws, shared by the count
 * families (NegativeBinomial and GammaPoisson draw a Poisson with a gamma rate, BetaBinomial a
 * binomial with a beta probability).
 */
public final class Counts {
  private Counts() {}

  /**
   * {@code k log(rate) - rate - log(k!)}.
   *
   * @param k counts
   * @param rate rates, broadcastable against {@code k}
   * @return the log-pmf
   */
  public static NDArray poissonLogPmf(NDArray k, NDArray rate) {
    return Ops.xlogy(k, rate).sub(rate).sub(k.add(1).gammaln());
  }

  /**
   * Binomial log-pmf in torch's stable form with log-odds.
   *
   * @param k counts
   * @param n total counts
   * @param logits log-odds of success
   * @return the log-pmf
   */
  public static NDArray binomialLogPmf(NDArray k, NDArray n, NDArray logits) {
    NDArray normalize =
        n.mul(Ops.clampByZero(logits))
            .add(n.mul(TensorOps.log1p(logits.abs().neg().exp())))
            .sub(n.add(1).gammaln());
    return k.mul(logits).sub(k.add(1).gammaln()).sub(n.sub(k).add(1).gammaln()).sub(normalize);
  }

  /**
   * One Poisson draw per entry of {@code rate}, by cdf inversion in a window around the rate.
   *
   * @param rate non-negative rates (no gradient)
   * @return counts of the shape of {@code rate}
   */
  public static NDArray samplePoisson(NDArray rate) {
    NDArray r = rate.stopGradient();
    NDArray sd = r.sqrt();
    NDArray lo = CountSampler.start(r, sd);
    long width = CountSampler.width(lo, r, sd, null);
    NDArray rr = r.expandDims(r.getShape().dimension());
    return CountSampler.sample(
        lo, width, ks -> poissonLogPmf(ks, rr), Draws.uniform(r, r.getShape()));
  }

  /**
   * One binomial draw per entry, by cdf inversion in a window around the mean.
   *
   * @param n total counts, of the output shape (no gradient)
   * @param probs success probabilities, of the output shape (no gradient)
   * @return counts of the shape of {@code n}
   */
  public static NDArray sampleBinomial(NDArray n, NDArray probs) {
    NDArray nn = n.stopGradient();
    NDArray p = probs.stopGradient();
    NDArray mean = nn.mul(p);
    NDArray sd = mean.mul(p.neg().add(1)).sqrt();
    NDArray lo = CountSampler.start(mean, sd);
    long width = CountSampler.width(lo, mean, sd, nn);
    int last = nn.getShape().dimension();
    NDArray ne = nn.expandDims(last);
    NDArray le = Probs.toLogits(p, true).expandDims(last);
    return CountSampler.sample(
        lo, width, ks -> binomialLogPmf(ks, ne, le), Draws.uniform(nn, nn.getShape()));
  }
}
