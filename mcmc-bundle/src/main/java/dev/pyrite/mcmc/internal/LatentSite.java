package dev.pyrite.mcmc.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.spi.Transform;

/**
 * One latent sample site as the potential sees it: where its unconstrained values sit in the flat
 * vector and how they map into the site's support.
 *
 * <pre>{@code
 * LatentSite p = new LatentSite("p", new Shape(), 0, new SigmoidTransform(), new Shape(), 0);
 * NDArray u = p.slice(z);                         // (chains, 1)
 * NDArray value = p.transform().forward(p.layout(u, 4, 1)); // (4, 1)
 * }</pre>
 *
 * @param name the site name
 * @param shape the constrained shape, {@code batchShape + eventShape} of the site
 * @param batchDims how many dims of {@code shape} are batch dims
 * @param transform the bijection from reals onto the site's support
 * @param unconstrainedShape the shape of the unconstrained value
 * @param offset where the site starts in the flat vector
 */
public record LatentSite(
    String name,
    Shape shape,
    int batchDims,
    Transform transform,
    Shape unconstrainedShape,
    long offset) {

  /**
   * How many entries of the flat vector the site takes.
   *
   * @return the flat size of the unconstrained value
   */
  public long size() {
    return unconstrainedShape.size();
  }

  /**
   * The site's columns of a batch of flat vectors.
   *
   * @param z flat vectors, {@code (n, dimension)}
   * @return {@code (n, size)}
   */
  public NDArray slice(NDArray z) {
    return z.get(new NDIndex(":, {}:{}", offset, offset + size()));
  }

  /**
   * Reshapes the site's columns to {@code (n) + unconstrainedShape}.
   *
   * @param columns the output of {@link #slice}
   * @return the unconstrained values, one per row
   */
  public NDArray unflatten(NDArray columns) {
    return columns.reshape(new Shape(columns.getShape().get(0)).addAll(unconstrainedShape));
  }

  /**
   * Lays the site's columns out for a vectorised run: {@code (chains, 1, ..., 1) +
   * unconstrainedShape}, with the chain dim at {@code -(nesting + 1)} counted against the batch
   * dims of the site.
   *
   * @param columns the output of {@link #slice}, {@code (chains, size)}
   * @param nesting the plate nesting of the model (the chain dim sits left of it)
   * @return the reshaped columns
   */
  public NDArray layout(NDArray columns, int nesting) {
    long[] ones = new long[Math.max(0, nesting - batchDims)];
    java.util.Arrays.fill(ones, 1L);
    Shape s =
        new Shape(columns.getShape().get(0)).addAll(new Shape(ones)).addAll(unconstrainedShape);
    return columns.reshape(s);
  }
}
