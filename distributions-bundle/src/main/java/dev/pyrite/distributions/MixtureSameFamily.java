package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * A mixture of {@code K} components of one family, torch's {@code MixtureSameFamily}: the rightmost
 * batch dimension of {@code component} (of size {@code K}) indexes the components and a {@link
 * Categorical} over {@code K} picks one. {@code logProb} is {@code logsumexp_k(log w_k + log
 * p_k(x))}; mean and variance follow the laws of total expectation and variance, the cdf is {@code
 * sum_k w_k F_k(x)}. There is no reparameterised sampler.
 *
 * <pre>{@code
 * Distribution gmm = new MixtureSameFamily(new Categorical(weights), new Normal(locs, scales));
 * }</pre>
 */
public final class MixtureSameFamily extends AbstractDistribution {
  private final Categorical mixture;
  private final Distribution component;

  /**
   * Creates the mixture.
   *
   * @param mixture the mixing distribution, batch shape {@code B}, {@code K} categories
   * @param component the components, batch shape {@code B + (K)}
   */
  public MixtureSameFamily(Categorical mixture, Distribution component) {
    super(checkShapes(mixture, component), component.eventShape());
    this.mixture = mixture;
    this.component = component;
  }

  private static Shape checkShapes(Categorical mixture, Distribution component) {
    Shape cb = component.batchShape();
    if (cb.dimension() < 1 || cb.get(cb.dimension() - 1) != mixture.categories()) {
      throw new IllegalArgumentException(
          "MixtureSameFamily: the component's rightmost batch dimension must have the mixture's "
              + mixture.categories()
              + " categories, but the component batch shape is "
              + cb
              + "; put the components along the last batch dimension");
    }
    Shape batch = cb.slice(0, cb.dimension() - 1);
    Shape b = Distributions.broadcastShapes("MixtureSameFamily", batch, mixture.batchShape());
    if (!b.equals(batch)) {
      throw new IllegalArgumentException(
          "MixtureSameFamily: the mixture's batch shape "
              + mixture.batchShape()
              + " must broadcast to the component batch shape "
              + batch
              + " without the component dimension");
    }
    return batch;
  }

  /**
   * The mixing distribution.
   *
   * @return the categorical over components
   */
  public Categorical mixture() {
    return mixture;
  }

  /**
   * The components.
   *
   * @return the component distribution
   */
  public Distribution component() {
    return component;
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    NDArray draws = component.sample(sampleShape);
    NDArray index = mixture.expand(batchShape()).sample(sampleShape);
    NDArray pick = Ops.asFloat(mixture.oneHot(index), draws);
    int eventDims = eventShape().dimension();
    for (int i = 0; i < eventDims; i++) {
      pick = pick.expandDims(pick.getShape().dimension());
    }
    return draws.mul(pick).sum(new int[] {draws.getShape().dimension() - 1 - eventDims});
  }

  @Override
  public NDArray logProb(NDArray value) {
    int axis = value.getShape().dimension() - eventShape().dimension();
    NDArray perComponent = component.logProb(value.expandDims(axis));
    NDArray joint = perComponent.add(mixture.logits());
    return TensorOps.logSumExp(joint, joint.getShape().dimension() - 1);
  }

  /**
   * {@code sum_k w_k F_k(x)}, for univariate components that define a cdf.
   *
   * @param value values of shape {@code s + batchShape}
   * @return the mixture cdf
   */
  @Override
  public NDArray cdf(NDArray value) {
    NDArray perComponent = component.cdf(value.expandDims(value.getShape().dimension()));
    return perComponent.mul(mixture.probs()).sum(new int[] {-1});
  }

  @Override
  public Constraint support() {
    return component.support();
  }

  private NDArray weights() {
    NDArray w = mixture.probs();
    for (int i = 0; i < eventShape().dimension(); i++) {
      w = w.expandDims(w.getShape().dimension());
    }
    return w;
  }

  private int componentAxis() {
    return batchShape().dimension();
  }

  @Override
  public NDArray mean() {
    return weights().mul(component.mean()).sum(new int[] {componentAxis()});
  }

  @Override
  public NDArray variance() {
    NDArray w = weights();
    NDArray mean = component.mean();
    NDArray total = w.mul(mean).sum(new int[] {componentAxis()}, true);
    NDArray within = w.mul(component.variance()).sum(new int[] {componentAxis()});
    NDArray between = w.mul(mean.sub(total).square()).sum(new int[] {componentAxis()});
    return within.add(between);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new MixtureSameFamily(
        (Categorical) mixture.expand(b), component.expand(b.add(mixture.categories())));
  }
}
