package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A probability distribution with Pyro's shape semantics: a draw with sample shape {@code s} has
 * shape {@code s + batchShape + eventShape}, and {@code logProb} of such a value has shape {@code s
 * + batchShape}.
 *
 * <p>Implementations normally extend {@code dev.pyrite.distributions.AbstractDistribution}, which
 * provides {@link #expand}, {@link #toEvent}, {@link #mask} and validation.
 *
 * <pre>{@code
 * Distribution d = new Normal(0, 1).expand(new Shape(3)).toEvent(1);
 * NDArray x = d.sample(new Shape(2));   // shape (2, 3)
 * NDArray lp = d.logProb(x);            // shape (2)
 * }</pre>
 */
@ConsumerType
public interface Distribution {
  /**
   * The distribution's name for messages, e.g. {@code "Normal"}.
   *
   * @return the name
   */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * Shape over which parameters are batched.
   *
   * @return the batch shape
   */
  Shape batchShape();

  /**
   * Shape of one event.
   *
   * @return the event shape
   */
  Shape eventShape();

  /**
   * The shape of a draw with the given sample shape.
   *
   * @param sampleShape the sample shape
   * @return {@code sampleShape + batchShape + eventShape}
   */
  default Shape shape(Shape sampleShape) {
    return sampleShape.addAll(batchShape()).addAll(eventShape());
  }

  /**
   * Whether {@link #rsample} gives pathwise (reparameterised) gradients.
   *
   * @return true when reparameterisable
   */
  boolean hasRsample();

  /**
   * Draws without gradients.
   *
   * @param sampleShape the sample shape
   * @return a draw of shape {@link #shape(Shape)}
   */
  NDArray sample(Shape sampleShape);

  /**
   * Draws with pathwise gradients with respect to the parameters.
   *
   * @param sampleShape the sample shape
   * @return a draw of shape {@link #shape(Shape)}
   * @throws UnsupportedOperationException when {@link #hasRsample()} is false
   */
  default NDArray rsample(Shape sampleShape) {
    throw new UnsupportedOperationException(
        name() + " has no reparameterised sampler; use sample() and a score-function estimator");
  }

  /**
   * Log-density (or log-mass) of values.
   *
   * @param value values of shape {@code s + batchShape + eventShape}
   * @return log-probabilities of shape {@code s + batchShape}
   */
  NDArray logProb(NDArray value);

  /**
   * The support of the distribution.
   *
   * @return the constraint that every draw satisfies
   */
  Constraint support();

  /**
   * Whether the support is discrete.
   *
   * @return true for discrete distributions
   */
  default boolean isDiscrete() {
    return support().isDiscrete();
  }

  /**
   * The mean.
   *
   * @return the mean, of shape {@code batchShape + eventShape}
   */
  default NDArray mean() {
    throw new UnsupportedOperationException(name() + " does not define mean");
  }

  /**
   * The variance.
   *
   * @return the variance, of shape {@code batchShape + eventShape}
   */
  default NDArray variance() {
    throw new UnsupportedOperationException(name() + " does not define variance");
  }

  /**
   * The standard deviation.
   *
   * @return {@code sqrt(variance())}
   */
  default NDArray stddev() {
    return variance().sqrt();
  }

  /**
   * The differential (or Shannon) entropy.
   *
   * @return the entropy, of shape {@code batchShape}
   */
  default NDArray entropy() {
    throw new UnsupportedOperationException(name() + " does not define entropy");
  }

  /**
   * The cumulative distribution function.
   *
   * @param value values of shape {@code s + batchShape}
   * @return {@code P(X <= value)}
   */
  default NDArray cdf(NDArray value) {
    throw new UnsupportedOperationException(name() + " does not define cdf");
  }

  /**
   * The inverse cumulative distribution function.
   *
   * @param q probabilities of shape {@code s + batchShape}
   * @return quantiles
   */
  default NDArray icdf(NDArray q) {
    throw new UnsupportedOperationException(name() + " does not define icdf");
  }

  /**
   * Every value of a finite discrete support, along a new leftmost dimension (Pyro's {@code
   * enumerate_support}); enumeration of discrete latent sites uses it.
   *
   * <pre>{@code
   * new Bernoulli(p).enumerateSupport(false); // [[0], [1]] for p of shape (1)
   * }</pre>
   *
   * @param expand whether to broadcast the values to {@code (n) + batchShape + eventShape}; when
   *     false the batch dimensions are of size 1
   * @return the values, of shape {@code (n) + batchShape + eventShape} (or with batch dims of size
   *     1)
   * @throws UnsupportedOperationException when the support is not finite and discrete
   */
  default NDArray enumerateSupport(boolean expand) {
    throw new UnsupportedOperationException(
        name()
            + " has no finite discrete support to enumerate; enumeration needs a distribution such"
            + " as Bernoulli, Categorical or Binomial");
  }

  /**
   * Broadcasts the distribution to a larger batch shape.
   *
   * @param batchShape the new batch shape; the old one must broadcast to it
   * @return the expanded distribution
   */
  Distribution expand(Shape batchShape);

  /**
   * Reinterprets the rightmost batch dimensions as event dimensions (Pyro's {@code to_event}).
   *
   * @param reinterpretedBatchNdims how many batch dims become event dims
   * @return the reinterpreted distribution
   */
  Distribution toEvent(int reinterpretedBatchNdims);

  /**
   * Masks log-probability terms where {@code mask} is false.
   *
   * @param mask a boolean array broadcastable to {@code batchShape}
   * @return the masked distribution
   */
  Distribution mask(NDArray mask);
}
