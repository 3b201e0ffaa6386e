package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Counts;
import dev.pyrite.distributions.internal.DiscreteEntropy;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.distributions.internal.Probs;
import dev.pyrite.distributions.internal.StandardGamma;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * torch's negative binomial: the number of successes before {@code totalCount} failures, pmf {@code
 * C(k + r - 1, k) (1 - p)^r p^k}, with success probability {@code probs} (or log-odds {@code
 * logits}). Drawn as a Poisson with a gamma rate; the entropy is summed over the support.
 *
 * <pre>{@code
 * sample("y", new NegativeBinomial(r, p), counts);
 * }</pre>
 */
public final class NegativeBinomial extends AbstractDistribution {
  private final NDArray totalCount;
  private final NDArray probs;
  private final NDArray logits;

  /**
   * A negative binomial with scalar parameters.
   *
   * @param totalCount the number of failures {@code r}, positive
   * @param probs the success probability in [0, 1)
   */
  public NegativeBinomial(double totalCount, double probs) {
    this(Distributions.scalar(totalCount, null), Distributions.scalar(probs, null));
  }

  /**
   * A negative binomial with success probabilities.
   *
   * @param totalCount the numbers of failures, positive
   * @param probs the success probabilities in [0, 1), broadcast with {@code totalCount}
   */
  public NegativeBinomial(NDArray totalCount, NDArray probs) {
    this(totalCount, probs, null);
  }

  private NegativeBinomial(NDArray totalCount, NDArray probs, NDArray logits) {
    super(
        Distributions.broadcastShapes(
            "NegativeBinomial", totalCount.getShape(), (probs != null ? probs : logits).getShape()),
        new Shape());
    this.totalCount = validate("total_count", totalCount, Constraints.nonnegative());
    this.probs = probs == null ? null : validate("probs", probs, Constraints.unitInterval());
    this.logits = logits == null ? null : validate("logits", logits, Constraints.real());
  }

  /**
   * A negative binomial with log-odds of success.
   *
   * @param totalCount the numbers of failures, positive
   * @param logits the log-odds
   * @return the distribution
   */
  public static NegativeBinomial withLogits(NDArray totalCount, NDArray logits) {
    return new NegativeBinomial(totalCount, null, logits);
  }

  /**
   * The success probabilities.
   *
   * @return probs
   */
  public NDArray probs() {
    return probs != null ? probs : Probs.fromLogits(logits, true);
  }

  /**
   * The log-odds of success.
   *
   * @return logits
   */
  public NDArray logits() {
    return logits != null ? logits : Probs.toLogits(probs, true);
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    Shape s = shape(sampleShape);
    NDArray r = totalCount.stopGradient();
    NDArray g = StandardGamma.rsample(r, s).stopGradient();
    return Counts.samplePoisson(g.mul(logits().stopGradient().exp()));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray l = logits();
    NDArray r = totalCount;
    NDArray unnormalized =
        r.mul(TensorOps.logSigmoid(l.neg())).add(value.mul(TensorOps.logSigmoid(l)));
    NDArray normalization =
        r.add(value).gammaln().neg().add(value.add(1).gammaln()).add(r.gammaln());
    NDArray fixed = Ops.where(r.add(value).eq(0), normalization.zerosLike(), normalization);
    return unnormalized.sub(fixed);
  }

  @Override
  public Constraint support() {
    return Constraints.nonnegativeInteger();
  }

  @Override
  public NDArray mean() {
    return totalCount.mul(logits().exp()).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    return mean().div(TensorOps.sigmoid(logits().neg())).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return DiscreteEntropy.bySummation(this, null);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new NegativeBinomial(
        totalCount.broadcast(b),
        probs == null ? null : probs.broadcast(b),
        logits == null ? null : logits.broadcast(b));
  }
}
