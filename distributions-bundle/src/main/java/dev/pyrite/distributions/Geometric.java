package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.distributions.internal.Probs;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The geometric distribution: the number of failures before the first success, pmf {@code (1 - p)^k
 * p} on {0, 1, ...}, with success probability {@code probs} (or log-odds {@code logits}).
 *
 * <pre>{@code
 * sample("failures", new Geometric(0.3), k);
 * }</pre>
 */
public final class Geometric extends AbstractDistribution {
  private final NDArray probs;
  private final NDArray logits;

  /**
   * A geometric with a scalar success probability.
   *
   * @param probs the success probability in (0, 1]
   */
  public Geometric(double probs) {
    this(Distributions.scalar(probs, null));
  }

  /**
   * A geometric with success probabilities.
   *
   * @param probs the success probabilities in (0, 1]
   */
  public Geometric(NDArray probs) {
    this(probs, null);
  }

  private Geometric(NDArray probs, NDArray logits) {
    super((probs != null ? probs : logits).getShape(), new Shape());
    this.probs = probs == null ? null : validate("probs", probs, new UnitIntervalAboveZero());
    this.logits = logits == null ? null : validate("logits", logits, Constraints.real());
  }

  /**
   * A geometric with log-odds of success.
   *
   * @param logits the log-odds
   * @return the distribution
   */
  public static Geometric withLogits(NDArray logits) {
    return new Geometric(null, logits);
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
    NDArray p = probs().stopGradient();
    NDArray u = Draws.uniform(p, shape(sampleShape));
    return u.log().div(TensorOps.log1p(p.neg())).floor();
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray p = probs();
    NDArray failures = value.mul(TensorOps.log1p(p.neg()));
    NDArray certain = p.eq(1).logicalAnd(value.eq(0));
    return Ops.where(certain, p.zerosLike(), failures).add(p.log());
  }

  @Override
  public Constraint support() {
    return Constraints.nonnegativeInteger();
  }

  @Override
  public NDArray mean() {
    return probs().pow(-1).sub(1).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    NDArray p = probs();
    return p.pow(-1).sub(1).div(p).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    NDArray l = logits();
    NDArray p = probs();
    return TensorOps.softplus(l).sub(l.mul(p)).div(p).broadcast(batchShape());
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new Geometric(
        probs == null ? null : probs.broadcast(b), logits == null ? null : logits.broadcast(b));
  }

  /** {@code 0 < p <= 1}, torch's constraint on Geometric's probs. */
  private static final class UnitIntervalAboveZero implements dev.pyrite.spi.Constraint {
    @Override
    public String name() {
      return "positive_unit_interval (0 < p <= 1)";
    }

    @Override
    public NDArray check(NDArray value) {
      return value.gt(0).logicalAnd(value.lte(1));
    }
  }
}
