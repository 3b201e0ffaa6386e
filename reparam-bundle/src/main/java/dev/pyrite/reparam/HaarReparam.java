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
 * Samples a real-valued site in the orthonormal Haar wavelet basis along {@code dim}, Pyro's {@code
 * HaarReparam}: the auxiliary site {@code "{name}_haar"} holds the coefficients {@code y = H x}
 * (scaled sums and differences of neighbours, level after level; any length works, a leftover odd
 * element passes through), distributed as the pushforward of the original distribution
 * (log-determinant 0), and the site becomes an observed point mass at {@code x = H^T y}. Signals
 * with local structure at several scales get sparse, nearly independent coefficients.
 *
 * <p>{@code dim} must be an event dim of the site (declare it with {@code toEvent}), and the site's
 * support must be real. The transform is a product with a constant orthonormal matrix built from
 * NDArray ops, so it is differentiable under DJL autograd on every engine. Observed sites are left
 * alone.
 *
 * <pre>{@code
 * Model<Void> model = v -> sample("x", new Normal(zeros, 1).toEvent(1));   // shape (T)
 * Model<Void> wavelets = ReparamHandler.reparam(model, Map.of("x", new HaarReparam(-1)));
 * // trace has "x_haar" (latent) and "x" (observed Delta at H^T x_haar)
 * }</pre>
 */
public final class HaarReparam implements Reparam {
  private final OrthonormalReparam rotation;

  /**
   * Creates the reparameterizer.
   *
   * @param dim the event dim to transform along, negative (Pyro's default is -1)
   * @throws IllegalArgumentException when {@code dim} is not negative
   */
  public HaarReparam(int dim) {
    this.rotation = new OrthonormalReparam("HaarReparam", "_haar", dim, OrthonormalBases::haar);
  }

  /** Along the last dim. */
  public HaarReparam() {
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
   * Maps an init value {@code x} to the auxiliary site: {@code "{name}_haar" = H x}.
   *
   * @param name the original site name
   * @param fn the original distribution
   * @param value the init value
   * @return {@code {"{name}_haar": H x}}
   */
  @Override
  public Map<String, NDArray> transformInit(String name, Distribution fn, NDArray value) {
    return rotation.transformInit(name, fn, value);
  }

  @Override
  public String toString() {
    return "HaarReparam(dim=" + dim() + ")";
  }
}
