package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.constraints.IntegerInterval;
import dev.pyrite.distributions.internal.Counts;
import dev.pyrite.distributions.internal.DiscreteEntropy;
import dev.pyrite.distributions.internal.Enumeration;
import dev.pyrite.distributions.internal.Probs;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The binomial distribution: successes in {@code totalCount} trials with success probability {@code
 * probs} (or log-odds {@code logits}), pmf {@code C(n, k) p^k (1-p)^(n-k)}.
 *
 * <pre>{@code
 * sample("hits", new Binomial(atBats, p), hits);
 * sample("y", Binomial.withLogits(n, eta), y);
 * }</pre>
 */
public final class Binomial extends AbstractDistribution {
  private final NDArray totalCount;
  private final NDArray probs;
  private final NDArray logits;

  /**
   * A binomial with scalar parameters.
   *
   * @param totalCount the number of trials, a non-negative integer
   * @param probs the success probability in [0, 1]
   */
  public Binomial(double totalCount, double probs) {
    this(Distributions.scalar(totalCount, null), Distributions.scalar(probs, null));
  }

  /**
   * A binomial with success probabilities.
   *
   * @param totalCount the numbers of trials, non-negative integers
   * @param probs the success probabilities in [0, 1], broadcast with {@code totalCount}
   */
  public Binomial(NDArray totalCount, NDArray probs) {
    this(totalCount, probs, null);
  }

  private Binomial(NDArray totalCount, NDArray probs, NDArray logits) {
    super(
        Distributions.broadcastShapes(
            "Binomial", totalCount.getShape(), (probs != null ? probs : logits).getShape()),
        new Shape());
    this.totalCount = validate("total_count", totalCount, Constraints.nonnegativeInteger());
    this.probs = probs == null ? null : validate("probs", probs, Constraints.unitInterval());
    this.logits = logits == null ? null : validate("logits", logits, Constraints.real());
  }

  /**
   * A binomial with log-odds.
   *
   * @param totalCount the numbers of trials, non-negative integers
   * @param logits the log-odds of success
   * @return the distribution
   */
  public static Binomial withLogits(NDArray totalCount, NDArray logits) {
    return new Binomial(totalCount, null, logits);
  }

  /**
   * The number of trials.
   *
   * @return total_count
   */
  public NDArray totalCount() {
    return totalCount;
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
   * The log-odds.
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
    return Counts.sampleBinomial(totalCount.broadcast(s), probs().broadcast(s));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    return Counts.binomialLogPmf(value, totalCount, logits());
  }

  @Override
  public Constraint support() {
    return new IntegerInterval(0, totalCount.broadcast(batchShape()));
  }

  @Override
  public NDArray mean() {
    return totalCount.mul(probs()).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    NDArray p = probs();
    return totalCount.mul(p).mul(p.neg().add(1)).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return DiscreteEntropy.bySummation(this, totalCount.broadcast(batchShape()));
  }

  @Override
  public NDArray enumerateSupport(boolean expand) {
    long n = Enumeration.homogeneous(name(), totalCount);
    return Enumeration.range(totalCount, n + 1, batchShape(), expand);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new Binomial(
        totalCount.broadcast(b),
        probs == null ? null : probs.broadcast(b),
        logits == null ? null : logits.broadcast(b));
  }
}
