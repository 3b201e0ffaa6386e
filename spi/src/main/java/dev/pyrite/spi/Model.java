package dev.pyrite.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A probabilistic program: plain Java that calls {@code sample}, {@code param} and {@code plate}.
 * Models and guides have the same type.
 *
 * <pre>{@code
 * Model<NDArray> model = x -> {
 *   NDArray p = sample("p", new Beta(1, 1));
 *   try (Plate data = plate("data", x.size(0))) {
 *     sample("x", new Bernoulli(p), x);
 *   }
 * };
 * }</pre>
 *
 * @param <A> the type of the model's argument (data, covariates, or {@code Void})
 */
@FunctionalInterface
@ConsumerType
public interface Model<A> {
  /**
   * Runs the program once against the current handler stack.
   *
   * @param args the model's argument
   */
  void run(A args);
}
