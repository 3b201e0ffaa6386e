package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.internal.Monotonicity;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Transform;

/**
 * The distribution of {@code t(X)} for {@code X ~ base}, Pyro's {@code TransformedDistribution}.
 * The last draw and its pre-image are cached, so {@code logProb} of a fresh draw needs no
 * (precision-losing) inverse, as with torch's {@code cache_size=1}.
 *
 * <pre>{@code
 * Distribution logitNormal =
 *     new TransformedDistribution(new Normal(0, 1), new SigmoidTransform());
 * }</pre>
 */
public final class TransformedDistribution extends AbstractDistribution {
  private final Distribution base;
  private final Transform transform;
  private NDArray lastX;
  private NDArray lastY;

  /**
   * Creates the distribution.
   *
   * @param base the base distribution
   * @param transform an elementwise or event-wise bijection
   */
  public TransformedDistribution(Distribution base, Transform transform) {
    super(base.batchShape(), base.eventShape());
    this.base = base;
    this.transform = transform;
  }

  @Override
  public String name() {
    return "TransformedDistribution";
  }

  @Override
  public boolean hasRsample() {
    return base.hasRsample();
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    return remember(base.sample(sampleShape));
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    return remember(base.rsample(sampleShape));
  }

  private NDArray remember(NDArray x) {
    NDArray y = transform.forward(x);
    lastX = x;
    lastY = y;
    return y;
  }

  @Override
  public NDArray logProb(NDArray value) {
    NDArray x = value == lastY ? lastX : transform.inverse(value);
    NDArray ladj = transform.logAbsDetJacobian(x, value);
    int extra = eventShape().dimension() - transform.domainEventDim();
    return base.logProb(x).sub(TensorOps.sumRightmost(ladj, Math.max(0, extra)));
  }

  /**
   * The base cdf at the pre-image, flipped where the transform decreases (torch's {@code
   * _monotonize_cdf}); defined for elementwise transforms of known monotonicity.
   *
   * @param value values of shape {@code s + batchShape}
   * @return {@code P(t(X) <= value)}
   */
  @Override
  public NDArray cdf(NDArray value) {
    NDArray c = base.cdf(transform.inverse(value));
    return monotonize(c);
  }

  @Override
  public NDArray icdf(NDArray q) {
    return transform.forward(base.icdf(monotonize(q)));
  }

  private NDArray monotonize(NDArray p) {
    NDArray sign = Monotonicity.sign(transform, p);
    return p.sub(0.5).mul(sign).add(0.5);
  }

  @Override
  public Constraint support() {
    return transform.codomain();
  }

  @Override
  public Distribution expand(Shape batchShape) {
    return new TransformedDistribution(base.expand(checkExpand(batchShape)), transform);
  }
}
