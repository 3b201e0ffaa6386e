package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An estimator of the negative evidence lower bound, Pyro's {@code ELBO} family.
 *
 * <pre>{@code
 * Elbo elbo = new TraceElbo(ElboOptions.particles(10));
 * try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
 *   NDArray loss = elbo.differentiableLoss(model, guide, data);
 *   gc.backward(loss);
 * }
 * }</pre>
 */
@ConsumerType
public interface Elbo {
  /**
   * A scalar surrogate loss whose gradient is an unbiased estimate of the gradient of {@code
   * -ELBO}, and whose value is the {@code -ELBO} estimate.
   *
   * @param model the model
   * @param guide the guide
   * @param args the argument passed to both
   * @param <A> the argument type
   * @return a scalar loss, recorded for autograd
   */
  <A> NDArray differentiableLoss(Model<A> model, Model<A> guide, A args);
}
