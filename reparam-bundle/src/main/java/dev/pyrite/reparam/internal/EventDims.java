package dev.pyrite.reparam.internal;

import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.IndependentConstraint;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * Checks shared by the reparameterizers that act along one dim of a site's event: that the dim lies
 * in the event shape, and what the site's support is made of elementwise.
 *
 * <pre>{@code
 * long n = EventDims.sizeAlong("HaarReparam", "x", fn, -1);   // fn = Normal(zeros(8), 1).toEvent(1)
 * }</pre>
 */
public final class EventDims {
  private EventDims() {}

  /**
   * The size of a site's event along a dim.
   *
   * @param reparam the reparameterizer, for messages
   * @param site the site name
   * @param fn the site's distribution
   * @param dim a negative dim
   * @return the size along {@code dim}
   * @throws IllegalArgumentException naming the site, the shapes and the fix when {@code dim} is
   *     not an event dim of {@code fn}
   */
  public static int sizeAlong(String reparam, String site, Distribution fn, int dim) {
    Shape event = fn.eventShape();
    if (dim >= 0 || -dim > event.dimension()) {
      throw new IllegalArgumentException(
          reparam
              + " cannot reparameterize site \""
              + site
              + "\" along dim "
              + dim
              + ": its distribution "
              + fn.name()
              + " has batch shape "
              + fn.batchShape()
              + " and event shape "
              + event
              + ", and dim must be a negative event dim"
              + (event.dimension() == 0
                  ? ", but it has none"
                  : " in [-" + event.dimension() + ", -1]")
              + "; declare the dims as event dims with .toEvent(k) (k >= "
              + Math.max(1, -dim)
              + ") outside any plate, or choose another dim");
    }
    return (int) event.get(event.dimension() + dim);
  }

  /**
   * The elementwise part of a support: the base of an {@code independent} constraint, or the
   * constraint itself.
   *
   * @param support the support
   * @return the elementwise constraint
   */
  public static Constraint elementwise(Constraint support) {
    Constraint c = support;
    while (c instanceof IndependentConstraint ic) {
      c = ic.base();
    }
    return c;
  }
}
