package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Enumeration;
import dev.pyrite.distributions.transforms.Precision;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The Bernoulli distribution over {0, 1}, parameterised by {@code probs} or {@code logits}.
 *
 * <pre>{@code
 * sample("x", new Bernoulli(p), x);
 * sample("y", Bernoulli.withLogits(X.matMul(w).add(b)), y);
 * }</pre>
 */
public final class Bernoulli extends AbstractDistribution {
  private final NDArray probs;
  private final NDArray logits;

  /**
   * A Bernoulli with success probabilities.
   *
   * @param probs probabilities in [0, 1]
   */
  public Bernoulli(NDArray probs) {
    this(validateProbs(probs), null);
  }

  /**
   * A Bernoulli with a scalar success probability.
   *
   * @param probs a probability in [0, 1]
   */
  public Bernoulli(double probs) {
    this(Distributions.scalar(probs, null));
  }

  private Bernoulli(NDArray probs, NDArray logits) {
    super((probs != null ? probs : logits).getShape(), new Shape());
    this.probs = probs;
    this.logits = logits;
  }

  private static NDArray validateProbs(NDArray probs) {
    if (Distributions.isValidation()
        && !Constraints.unitInterval().check(probs.stopGradient()).all().getBoolean()) {
      throw new IllegalArgumentException(
          "Bernoulli: parameter probs must satisfy the constraint unit_interval, but got "
              + probs.stopGradient());
    }
    return probs;
  }

  /**
   * A Bernoulli with log-odds.
   *
   * @param logits the log-odds
   * @return the distribution
   */
  public static Bernoulli withLogits(NDArray logits) {
    return new Bernoulli(null, logits);
  }

  /**
   * The success probabilities.
   *
   * @return probs
   */
  public NDArray probs() {
    return probs != null ? probs : TensorOps.sigmoid(logits);
  }

  /**
   * The log-odds, clamped like torch's {@code probs_to_logits} when given probabilities.
   *
   * @return logits
   */
  public NDArray logits() {
    if (logits != null) {
      return logits;
    }
    double eps = Precision.eps(probs);
    return TensorOps.logit(probs.clip(eps, 1 - eps));
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    NDArray p = probs().stopGradient();
    NDArray u = p.getManager().randomUniform(0f, 1f, shape(sampleShape), p.getDataType());
    return u.lt(p).toType(p.getDataType(), false);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray l = logits();
    return value.mul(l).sub(TensorOps.softplus(l));
  }

  @Override
  public Constraint support() {
    return Constraints.booleans();
  }

  @Override
  public NDArray mean() {
    return probs().broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    NDArray p = probs();
    return p.mul(p.neg().add(1)).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    NDArray l = logits();
    return TensorOps.softplus(l).sub(probs().mul(l)).broadcast(batchShape());
  }

  @Override
  public NDArray enumerateSupport(boolean expand) {
    return Enumeration.range(probs != null ? probs : logits, 2, batchShape(), expand);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return probs != null
        ? new Bernoulli(probs.broadcast(b), null)
        : withLogits(logits.broadcast(b));
  }
}
