package dev.pyrite.autoguide;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.spi.PlateFrame;
import dev.pyrite.spi.Transform;
import java.util.List;

/**
 * A latent site of the model's prototype trace, as autoguides see it. A site inside a subsampled
 * plate has its full size along the plate's dimension here (the prototype's subsample is repeated
 * periodically), as in Pyro.
 *
 * <pre>{@code
 * for (LatentSite s : guide.latentSites()) System.out.println(s.name() + " " + s.shape());
 * }</pre>
 *
 * @param name the site name
 * @param shape the constrained value shape (full size along every plate dimension)
 * @param transform the bijection from unconstrained reals onto the support
 * @param unconstrainedInit the initial unconstrained value (kept alive by the guide)
 * @param eventDim the number of event dims of {@code fn}
 * @param plates the vectorised plates around the site in the prototype trace, outermost first
 */
public record LatentSite(
    String name,
    Shape shape,
    Transform transform,
    NDArray unconstrainedInit,
    int eventDim,
    List<PlateFrame> plates) {
  /** Copies the plate list. */
  public LatentSite {
    plates = List.copyOf(plates);
  }

  /**
   * A site outside every plate.
   *
   * @param name the site name
   * @param shape the constrained value shape
   * @param transform the bijection from unconstrained reals onto the support
   * @param unconstrainedInit the initial unconstrained value
   * @param eventDim the number of event dims
   */
  public LatentSite(
      String name, Shape shape, Transform transform, NDArray unconstrainedInit, int eventDim) {
    this(name, shape, transform, unconstrainedInit, eventDim, List.of());
  }

  /**
   * The number of unconstrained scalars.
   *
   * @return the flat size
   */
  public long size() {
    return unconstrainedInit.getShape().size();
  }

  /**
   * Whether a plate around the site subsamples.
   *
   * @return true when some plate's subsample size is below its size
   */
  public boolean isSubsampled() {
    return plates.stream().anyMatch(f -> f.subsampleSize() < f.size());
  }
}
