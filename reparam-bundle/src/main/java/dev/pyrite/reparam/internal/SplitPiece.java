package dev.pyrite.reparam.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.AbstractDistribution;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;
import java.util.HashMap;
import java.util.Map;

/**
 * One piece of a site split by {@code SplitReparam}: an improper flat density (log-density 0) on
 * the piece's slice of the site, in the site's support, Pyro's {@code ImproperUniform}. The site's
 * own density is charged on the point mass that joins the pieces, so the model's density is
 * unchanged.
 *
 * <p>Unlike Pyro's, a piece can be drawn: all pieces of one site share one lazily drawn value of
 * the original distribution per sample shape, and each returns its slice, so a model run without
 * any handler still simulates the original model, and {@code initToSample}, {@code initToMedian}
 * and {@code initToMean} work on the pieces.
 *
 * <pre>{@code
 * SplitPiece.Shared shared = new SplitPiece.Shared(fn);     // fn: event shape (5)
 * Distribution left = new SplitPiece(shared, -1, 0, 2);     // event shape (2)
 * Distribution right = new SplitPiece(shared, -1, 2, 3);    // event shape (3)
 * }</pre>
 */
public final class SplitPiece extends AbstractDistribution {
  private final Shared shared;
  private final int dim;
  private final long start;
  private final long length;

  /** The draws of the original distribution that the pieces of one site share. */
  public static final class Shared {
    private final Distribution fn;
    private final Map<String, NDArray> draws = new HashMap<>();

    /**
     * Creates the shared draws.
     *
     * @param fn the original distribution
     */
    public Shared(Distribution fn) {
      this.fn = fn;
    }

    NDArray draw(Shape sampleShape, boolean reparameterized) {
      String key = sampleShape + (reparameterized ? "r" : "s");
      return draws.computeIfAbsent(
          key, k -> reparameterized ? fn.rsample(sampleShape) : fn.sample(sampleShape));
    }
  }

  /**
   * Creates a piece.
   *
   * @param shared the original distribution and its shared draws
   * @param dim the negative event dim the site is split along
   * @param start the first index of the piece along {@code dim}
   * @param length the size of the piece along {@code dim}
   */
  public SplitPiece(Shared shared, int dim, long start, long length) {
    super(shared.fn.batchShape(), pieceShape(shared.fn.eventShape(), dim, length));
    this.shared = shared;
    this.dim = dim;
    this.start = start;
    this.length = length;
  }

  private static Shape pieceShape(Shape event, int dim, long length) {
    long[] dims = event.getShape().clone();
    dims[dims.length + dim] = length;
    return new Shape(dims);
  }

  /**
   * The slice of a value of the whole site that this piece holds.
   *
   * @param whole a value of the original site (any leading sample dims)
   * @return the piece
   */
  public NDArray slice(NDArray whole) {
    return slice(whole, dim, start, length);
  }

  /**
   * A slice along a negative dim.
   *
   * @param whole the array
   * @param dim the negative dim
   * @param start the first index
   * @param length how many indices
   * @return the slice
   */
  public static NDArray slice(NDArray whole, int dim, long start, long length) {
    StringBuilder index = new StringBuilder("..., ").append(start).append(':');
    index.append(start + length);
    for (int i = dim + 1; i < 0; i++) {
      index.append(", :");
    }
    return whole.get(new NDIndex(index.toString()));
  }

  @Override
  public String name() {
    return "SplitPiece";
  }

  @Override
  public boolean hasRsample() {
    return shared.fn.hasRsample();
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    return slice(shared.draw(sampleShape, false));
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    return slice(shared.draw(sampleShape, true));
  }

  /**
   * Zero: the improper flat density on the support.
   *
   * @param value a value of the piece
   * @return zeros of the batch shape (with any leading sample dims)
   */
  @Override
  public NDArray logProb(NDArray value) {
    int eventDim = eventShape().dimension();
    Shape shape = value.getShape();
    return value
        .getManager()
        .zeros(shape.slice(0, shape.dimension() - eventDim), value.getDataType());
  }

  @Override
  public Constraint support() {
    return shared.fn.support();
  }

  @Override
  public NDArray mean() {
    return slice(shared.fn.mean().broadcast(shared.fn.shape(new Shape())));
  }

  @Override
  public Distribution expand(Shape batchShape) {
    if (batchShape.equals(batchShape())) {
      return this;
    }
    throw new UnsupportedOperationException(
        "a SplitPiece keeps the batch shape "
            + batchShape()
            + " of the split site; cannot expand it to "
            + batchShape
            + " (expand the site's distribution before splitting)");
  }
}
