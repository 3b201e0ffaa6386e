package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.distributions.transforms.Precision;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The Kumaraswamy distribution on the unit interval with shapes {@code a = concentration1} and
 * {@code b = concentration0}, density {@code a b x^(a-1) (1 - x^a)^(b-1)}; a Beta look-alike with a
 * closed-form cdf, so it reparameterises through its inverse cdf.
 *
 * <pre>{@code
 * NDArray p = sample("p", new Kumaraswamy(2, 5));
 * }</pre>
 */
public final class Kumaraswamy extends AbstractDistribution {
  private static final double EULER = 0.57721566490153286061;
  private final NDArray concentration1;
  private final NDArray concentration0;

  /**
   * A Kumaraswamy with scalar shapes.
   *
   * @param concentration1 {@code a}, positive
   * @param concentration0 {@code b}, positive
   */
  public Kumaraswamy(double concentration1, double concentration0) {
    this(Distributions.scalar(concentration1, null), Distributions.scalar(concentration0, null));
  }

  /**
   * A Kumaraswamy with array shapes, broadcast together.
   *
   * @param concentration1 {@code a}, positive
   * @param concentration0 {@code b}, positive
   */
  public Kumaraswamy(NDArray concentration1, NDArray concentration0) {
    super(
        Distributions.broadcastShapes(
            "Kumaraswamy", concentration1.getShape(), concentration0.getShape()),
        new Shape());
    this.concentration1 = validate("concentration1", concentration1, Constraints.positive());
    this.concentration0 = validate("concentration0", concentration0, Constraints.positive());
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    return Precision.clampProbs(icdf(Draws.uniform(concentration1, shape(sampleShape))));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray a = concentration1;
    NDArray b = concentration0;
    return a.log()
        .add(b.log())
        .add(a.sub(1).mul(value.log()))
        .add(b.sub(1).mul(TensorOps.log1p(value.pow(a).neg())));
  }

  @Override
  public Constraint support() {
    return Constraints.unitInterval();
  }

  /** {@code E[X^n] = b B(1 + n / a, b)}. */
  private NDArray moment(int n) {
    NDArray arg = concentration1.pow(-1).mul(n).add(1);
    NDArray logValue =
        arg.gammaln().add(concentration0.gammaln()).sub(arg.add(concentration0).gammaln());
    return concentration0.mul(logValue.exp());
  }

  @Override
  public NDArray mean() {
    return moment(1).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    return moment(2).sub(moment(1).square()).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    NDArray t1 = concentration1.pow(-1).neg().add(1);
    NDArray t0 = concentration0.pow(-1).neg().add(1);
    NDArray harmonic = TensorOps.digamma(concentration0.add(1)).add(EULER);
    return t0.add(t1.mul(harmonic))
        .sub(concentration1.log())
        .sub(concentration0.log())
        .broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return TensorOps.expm1(TensorOps.log1p(value.pow(concentration1).neg()).mul(concentration0))
        .neg();
  }

  @Override
  public NDArray icdf(NDArray q) {
    NDArray inner = TensorOps.expm1(TensorOps.log1p(q.neg()).div(concentration0)).neg();
    return inner.pow(concentration1.pow(-1));
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new Kumaraswamy(concentration1.broadcast(b), concentration0.broadcast(b));
  }
}
