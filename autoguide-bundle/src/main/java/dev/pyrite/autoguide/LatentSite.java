package dev.pyrite.autoguide;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.spi.Transform;

/**
 * A latent site of the model's prototype trace, as autoguides see it.
 *
 * <pre>{@code
 * for (LatentSite s : guide.latentSites()) System.out.println(s.name() + " " + s.shape());
 * }</pre>
 *
 * @param name the site name
 * @param shape the constrained value shape
 * @param transform the bijection from unconstrained reals onto the support
 * @param unconstrainedInit the initial unconstrained value (kept alive by the guide)
 * @param eventDim the number of event dims of {@code fn}
 */
public record LatentSite(
    String name, Shape shape, Transform transform, NDArray unconstrainedInit, int eventDim) {
  /**
   * The number of unconstrained scalars.
   *
   * @return the flat size
   */
  public long size() {
    return unconstrainedInit.getShape().size();
  }
}
