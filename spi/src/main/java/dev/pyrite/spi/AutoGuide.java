package dev.pyrite.spi;

import ai.djl.ndarray.NDArray;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A guide built automatically from a model, Pyro's {@code AutoGuide}. It is itself a {@link Model}
 * to pass to SVI; after fitting it answers questions about the approximate posterior in the model's
 * constrained space.
 *
 * <pre>{@code
 * AutoGuide<NDArray> guide = new AutoDiagonalNormal<>(model);
 * SVI svi = new SVI(model, guide, new Adam(0.01), new TraceElbo());
 * ...
 * Map<String, NDArray> q = guide.quantiles(data, 0.05, 0.5, 0.95);
 * }</pre>
 *
 * @param <A> the model's argument type
 */
@ConsumerType
public interface AutoGuide<A> extends Model<A> {
  /**
   * The posterior median of every latent site, constrained.
   *
   * @param args the model's argument (used to build the guide on first call)
   * @return site name to median
   */
  Map<String, NDArray> median(A args);

  /**
   * Posterior quantiles of every latent site, constrained.
   *
   * @param args the model's argument
   * @param probs probabilities in (0, 1)
   * @return site name to an array of shape {@code (probs.length,) + site shape}
   */
  Map<String, NDArray> quantiles(A args, double... probs);

  /**
   * Draws latent values from the guide, constrained, without gradients.
   *
   * @param args the model's argument
   * @param numSamples how many draws
   * @return site name to an array of shape {@code (numSamples,) + site shape}
   */
  Map<String, NDArray> samplePosterior(A args, int numSamples);
}
