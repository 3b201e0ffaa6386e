package dev.pyrite.reparam;

import ai.djl.ndarray.NDArray;
import dev.pyrite.reparam.internal.OrthonormalBases;
import dev.pyrite.reparam.internal.OrthonormalReparam;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Reparam;
import dev.pyrite.spi.ReparamMessage;
import dev.pyrite.spi.ReparamResult;
import java.util.Map;

/**
 * Samples a real-valued site in the frequency domain, Pyro's {@code DiscreteCosineReparam}: the
 * auxiliary site {@code "{name}_dct"} holds the orthonormal DCT-II coefficients {@code y = C x}
 * along {@code dim}, distributed as the pushforward of the original distribution (log-determinant
 * 0, so the density is the original one), and the site becomes an observed point mass at {@code x =
 * C^T y}. Smooth signals (time series, random walks, Gaussian processes on a grid) have few large,
 * nearly independent coefficients, which mean-field guides and HMC handle better.
 *
 * <p>{@code dim} must be an event dim of the site (declare it with {@code toEvent}), and the site's
 * support must be real. The transform is a product with a constant orthonormal matrix built from
 * NDArray ops, so it is differentiable under DJL autograd on every engine. Observed sites are left
 * alone.
 *
 * <pre>{@code
 * Model<Void> walk = v -> {
 *   NDArray steps = sample("steps", new Normal(zeros, 1).toEvent(1));   // shape (T)
 *   ...
 * };
 * Model<Void> freq = ReparamHandler.reparam(walk, Map.of("steps", new DiscreteCosineReparam(-1)));
 * // trace has "steps_dct" (latent) and "steps" (observed Delta at the inverse DCT)
 * }</pre>
 */
public final class DiscreteCosineReparam implements Reparam {
  private final OrthonormalReparam rotation;

  /**
   * Creates the reparameterizer.
   *
   * @param dim the event dim to transform along, negative (Pyro's default is -1)
   * @throws IllegalArgumentException when {@code dim} is not negative
   */
  public DiscreteCosineReparam(int dim) {
    this.rotation =
        new OrthonormalReparam("DiscreteCosineReparam", "_dct", dim, OrthonormalBases::dct);
  }

  /** Along the last dim. */
  public DiscreteCosineReparam() {
    this(-1);
  }

  /**
   * The dim it acts along.
   *
   * @return a negative dim
   */
  public int dim() {
    return rotation.dim();
  }

  @Override
  public ReparamResult apply(ReparamMessage msg) {
    return rotation.apply(msg);
  }

  /**
   * Maps an init value {@code x} to the auxiliary site: {@code "{name}_dct" = C x}.
   *
   * @param name the original site name
   * @param fn the original distribution
   * @param value the init value
   * @return {@code {"{name}_dct": C x}}
   */
  @Override
  public Map<String, NDArray> transformInit(String name, Distribution fn, NDArray value) {
    return rotation.transformInit(name, fn, value);
  }

  @Override
  public String toString() {
    return "DiscreteCosineReparam(dim=" + dim() + ")";
  }
}
