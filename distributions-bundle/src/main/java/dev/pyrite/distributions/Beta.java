package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Elementwise;
import dev.pyrite.distributions.internal.SpecialFunctions;
import dev.pyrite.distributions.internal.StandardGamma;
import dev.pyrite.distributions.transforms.Precision;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The beta distribution, density {@code x^(a-1) (1-x)^(b-1) / B(a, b)} on the unit interval.
 * Reparameterised through two implicitly differentiated gamma draws: {@code X / (X + Y)}. {@code
 * cdf} and {@code icdf} (which torch lacks) are the regularised incomplete beta function and its
 * inverse in double precision, without gradients.
 *
 * <pre>{@code
 * NDArray p = sample("p", new Beta(1, 1));
 * }</pre>
 */
public final class Beta extends AbstractDistribution {
  private final NDArray concentration1;
  private final NDArray concentration0;

  /**
   * A beta with scalar parameters.
   *
   * @param concentration1 {@code a}, positive
   * @param concentration0 {@code b}, positive
   */
  public Beta(double concentration1, double concentration0) {
    this(Distributions.scalar(concentration1, null), Distributions.scalar(concentration0, null));
  }

  /**
   * A beta with array parameters.
   *
   * @param concentration1 {@code a}, positive
   * @param concentration0 {@code b}, positive
   */
  public Beta(NDArray concentration1, NDArray concentration0) {
    super(
        Distributions.broadcastShapes("Beta", concentration1.getShape(), concentration0.getShape()),
        new Shape());
    this.concentration1 = validate("concentration1", concentration1, Constraints.positive());
    this.concentration0 = validate("concentration0", concentration0, Constraints.positive());
  }

  /**
   * The first shape parameter, {@code a}.
   *
   * @return concentration1
   */
  public NDArray concentration1() {
    return concentration1;
  }

  /**
   * The second shape parameter, {@code b}.
   *
   * @return concentration0
   */
  public NDArray concentration0() {
    return concentration0;
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    Shape s = shape(sampleShape);
    // both gamma draws in one batched call: half the small operations
    NDArray both =
        NDArrays.stack(new NDList(concentration1.broadcast(s), concentration0.broadcast(s)));
    NDArray g = StandardGamma.rsample(both, both.getShape());
    NDArray x = g.get(0);
    NDArray y = g.get(1);
    return Precision.clampProbs(x.div(x.add(y)));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    return concentration1
        .sub(1)
        .mul(value.log())
        .add(concentration0.sub(1).mul(TensorOps.log1p(value.neg())))
        .sub(TensorOps.logBeta(concentration1, concentration0));
  }

  @Override
  public Constraint support() {
    return Constraints.unitInterval();
  }

  @Override
  public NDArray mean() {
    return concentration1.div(concentration1.add(concentration0)).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    NDArray total = concentration1.add(concentration0);
    return concentration1
        .mul(concentration0)
        .div(total.square().mul(total.add(1)))
        .broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    NDArray a = concentration1;
    NDArray b = concentration0;
    NDArray total = a.add(b);
    return TensorOps.logBeta(a, b)
        .sub(a.sub(1).mul(TensorOps.digamma(a)))
        .sub(b.sub(1).mul(TensorOps.digamma(b)))
        .add(total.sub(2).mul(TensorOps.digamma(total)))
        .broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return Elementwise.map(
        v -> SpecialFunctions.betaI(v[0], v[1], v[2]), value, concentration1, concentration0);
  }

  @Override
  public NDArray icdf(NDArray q) {
    return Elementwise.map(
        v -> SpecialFunctions.inverseBetaI(v[0], v[1], v[2]), q, concentration1, concentration0);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new Beta(concentration1.broadcast(b), concentration0.broadcast(b));
  }
}
