package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Counts;
import dev.pyrite.distributions.internal.DiscreteEntropy;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * Pyro's zero-inflated Poisson: 0 with probability {@code gate}, else a {@code Poisson(rate)} draw;
 * {@code P(0) = gate + (1 - gate) e^-rate}. The gate may be given as log-odds.
 *
 * <pre>{@code
 * sample("fish", new ZeroInflatedPoisson(rate, gate), counts);
 * }</pre>
 */
public final class ZeroInflatedPoisson extends AbstractDistribution {
  private final NDArray rate;
  private final NDArray gate;

  /**
   * A zero-inflated Poisson with scalar parameters.
   *
   * @param rate the Poisson rate, non-negative
   * @param gate the probability of an extra zero, in [0, 1]
   */
  public ZeroInflatedPoisson(double rate, double gate) {
    this(Distributions.scalar(rate, null), Distributions.scalar(gate, null));
  }

  /**
   * A zero-inflated Poisson with array parameters, broadcast together.
   *
   * @param rate the Poisson rates, non-negative
   * @param gate the probabilities of an extra zero, in [0, 1]
   */
  public ZeroInflatedPoisson(NDArray rate, NDArray gate) {
    super(
        Distributions.broadcastShapes("ZeroInflatedPoisson", rate.getShape(), gate.getShape()),
        new Shape());
    this.rate = validate("rate", rate, Constraints.nonnegative());
    this.gate = validate("gate", gate, Constraints.unitInterval());
  }

  /**
   * A zero-inflated Poisson with the gate given as log-odds.
   *
   * @param rate the Poisson rates, non-negative
   * @param gateLogits the log-odds of an extra zero
   * @return the distribution
   */
  public static ZeroInflatedPoisson withGateLogits(NDArray rate, NDArray gateLogits) {
    return new ZeroInflatedPoisson(rate, TensorOps.sigmoid(gateLogits));
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    Shape s = shape(sampleShape);
    NDArray counts = Counts.samplePoisson(rate.broadcast(s));
    NDArray extraZero = Draws.uniform(counts, s).lt(gate.stopGradient());
    return Ops.where(extraZero, counts.zerosLike(), counts);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray lp = TensorOps.log1p(gate.neg()).add(Counts.poissonLogPmf(value, rate));
    NDArray zero = gate.add(lp.exp()).log();
    return Ops.where(value.eq(0), zero, lp);
  }

  @Override
  public Constraint support() {
    return Constraints.nonnegativeInteger();
  }

  @Override
  public NDArray mean() {
    return gate.neg().add(1).mul(rate).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    return gate.neg().add(1).mul(rate).mul(rate.mul(gate).add(1)).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return DiscreteEntropy.bySummation(this, null);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new ZeroInflatedPoisson(rate.broadcast(b), gate.broadcast(b));
  }
}
