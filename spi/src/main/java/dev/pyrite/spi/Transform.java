package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A differentiable bijection between spaces, Pyro's {@code Transform}.
 *
 * <pre>{@code
 * Transform t = Bijections.bijectTo(Constraints.positive()); // exp
 * NDArray y = t.forward(x);
 * NDArray ladj = t.logAbsDetJacobian(x, y);
 * }</pre>
 */
@ConsumerType
public interface Transform {
  /**
   * Maps {@code x} from the domain to the codomain.
   *
   * @param x the input
   * @return {@code y = f(x)}
   */
  NDArray forward(NDArray x);

  /**
   * Maps {@code y} from the codomain back to the domain.
   *
   * @param y the input
   * @return {@code x = f^-1(y)}
   */
  NDArray inverse(NDArray y);

  /**
   * {@code log |det J_f(x)|}, summed over the domain's event dimensions.
   *
   * @param x the input
   * @param y {@code forward(x)}
   * @return the log absolute Jacobian determinant
   */
  NDArray logAbsDetJacobian(NDArray x, NDArray y);

  /**
   * The constraint of the input space.
   *
   * @return the domain
   */
  Constraint domain();

  /**
   * The constraint of the output space.
   *
   * @return the codomain
   */
  Constraint codomain();

  /**
   * Event dimensions of the domain.
   *
   * @return the number of rightmost dims that form one input event
   */
  default int domainEventDim() {
    return domain().eventDim();
  }

  /**
   * Event dimensions of the codomain.
   *
   * @return the number of rightmost dims that form one output event
   */
  default int codomainEventDim() {
    return codomain().eventDim();
  }
}
