package dev.pyrite.reparam.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.Independent;
import dev.pyrite.distributions.LocScaleDistribution;
import dev.pyrite.spi.Distribution;

/**
 * A loc-scale distribution taken apart, Pyro's {@code Reparam._unwrap} / {@code _wrap} for the
 * families {@code LocScaleReparam} understands: the {@code loc} and {@code scale} parameters, the
 * event dims added by {@code toEvent}, and a way to rebuild the same family with new parameters.
 *
 * <p>Supported: every {@link LocScaleDistribution} (Normal, Cauchy, Laplace, Logistic, Gumbel, and
 * third parties' families built on the template), also wrapped (any number of times) in {@link
 * Independent}.
 *
 * <pre>{@code
 * LocScaleFamily f = LocScaleFamily.of("x", new Normal(mu, sigma).toEvent(1));
 * Distribution standard = f.rebuild(f.loc().zerosLike(), f.scale().onesLike()); // still toEvent(1)
 * }</pre>
 */
public final class LocScaleFamily {
  /** The families this class recognises, as error messages list them. */
  public static final String SUPPORTED =
      "Normal, Cauchy, Laplace, Logistic, Gumbel (any LocScaleDistribution, also wrapped by"
          + " toEvent)";

  private final LocScaleDistribution base;
  private final int reinterpreted;
  private final Shape eventShape;

  private LocScaleFamily(LocScaleDistribution base, int reinterpreted, Shape eventShape) {
    this.base = base;
    this.reinterpreted = reinterpreted;
    this.eventShape = eventShape;
  }

  /**
   * Takes a site's distribution apart.
   *
   * @param reparamName the reparameterizer, for the error message
   * @param site the site name, for the error message
   * @param fn the site's distribution
   * @return the parts
   * @throws IllegalArgumentException naming the site, the distribution and the supported families
   *     when {@code fn} is not a supported loc-scale family
   */
  public static LocScaleFamily of(String reparamName, String site, Distribution fn) {
    Distribution d = fn;
    int n = 0;
    while (d instanceof Independent ind) {
      n += ind.reinterpretedBatchNdims();
      d = ind.base();
    }
    if (d instanceof LocScaleDistribution family) {
      return new LocScaleFamily(family, n, fn.eventShape());
    }
    throw new IllegalArgumentException(
        reparamName
            + " cannot reparameterize site \""
            + site
            + "\": its distribution is "
            + describe(fn)
            + ", but only these loc-scale families are supported: "
            + SUPPORTED);
  }

  /**
   * Whether {@link #of} accepts a distribution.
   *
   * @param fn the distribution
   * @return true for a loc-scale family, also wrapped by {@code toEvent}
   */
  public static boolean supports(Distribution fn) {
    Distribution d = fn;
    while (d instanceof Independent ind) {
      d = ind.base();
    }
    return d instanceof LocScaleDistribution;
  }

  private static String describe(Distribution fn) {
    if (fn == null) {
      return "missing (null)";
    }
    String simple = fn.getClass().getSimpleName();
    return simple.equals(fn.name()) ? fn.name() : fn.name() + " (" + simple + ")";
  }

  /**
   * The location parameter, as the distribution holds it (broadcastable to its batch shape).
   *
   * @return loc
   */
  public NDArray loc() {
    return base.loc();
  }

  /**
   * The scale parameter, as the distribution holds it (broadcastable to its batch shape).
   *
   * @return scale
   */
  public NDArray scale() {
    return base.scale();
  }

  /**
   * The event shape of the original distribution.
   *
   * @return the event shape
   */
  public Shape eventShape() {
    return eventShape;
  }

  /**
   * How many rightmost dims of a value form one event.
   *
   * @return the event dimension
   */
  public int eventDim() {
    return eventShape.dimension();
  }

  /**
   * The same family with other parameters, wrapped in the same {@code toEvent}.
   *
   * @param newLoc the new location
   * @param newScale the new scale, positive
   * @return the rebuilt distribution
   */
  public Distribution rebuild(NDArray newLoc, NDArray newScale) {
    Distribution d = base.withLocScale(newLoc, newScale);
    return reinterpreted == 0 ? d : d.toEvent(reinterpreted);
  }
}
