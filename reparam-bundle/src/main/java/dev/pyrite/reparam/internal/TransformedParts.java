package dev.pyrite.reparam.internal;

import dev.pyrite.distributions.Independent;
import dev.pyrite.distributions.TransformedDistribution;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Transform;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * A transformed distribution taken apart for {@code TransformReparam}: its base distribution
 * (wrapped in the same {@code toEvent} as the site) and its transform.
 *
 * <p>Recognised: {@link TransformedDistribution}, also wrapped (any number of times) in {@link
 * Independent}. The parts are read through public {@code base()} and {@code transform()} methods
 * where the distribution has them (third parties' transformed distributions too); {@code
 * TransformedDistribution} of distributions-bundle 1.x has no such accessors yet, so its two
 * private fields are read reflectively until it gets them (a stop-gap until distributions-bundle
 * adds the accessors).
 *
 * <pre>{@code
 * TransformedParts p = TransformedParts.of("TransformReparam", "x",
 *     new TransformedDistribution(new Normal(0, 1), new ExpTransform()));
 * Distribution base = p.base();        // Normal(0, 1)
 * NDArray x = p.transform().forward(base.sample(new Shape()));
 * }</pre>
 */
public final class TransformedParts {
  private final Distribution base;
  private final Transform transform;

  private TransformedParts(Distribution base, Transform transform) {
    this.base = base;
    this.transform = transform;
  }

  /**
   * Whether {@link #of} accepts a distribution.
   *
   * @param fn the distribution
   * @return true for a transformed distribution, also wrapped by {@code toEvent}
   */
  public static boolean supports(Distribution fn) {
    return unwrap(fn) instanceof TransformedDistribution;
  }

  /**
   * Takes a site's distribution apart.
   *
   * @param reparamName the reparameterizer, for the error message
   * @param site the site name, for the error message
   * @param fn the site's distribution
   * @return the parts
   * @throws IllegalArgumentException naming the site when {@code fn} is not a transformed
   *     distribution
   */
  public static TransformedParts of(String reparamName, String site, Distribution fn) {
    Distribution d = fn;
    int reinterpreted = 0;
    while (d instanceof Independent ind) {
      reinterpreted += ind.reinterpretedBatchNdims();
      d = ind.base();
    }
    if (!(d instanceof TransformedDistribution td)) {
      throw new IllegalArgumentException(
          reparamName
              + " cannot reparameterize site \""
              + site
              + "\": its distribution is "
              + (fn == null ? "missing (null)" : fn.name())
              + ", but only TransformedDistribution (also wrapped by toEvent) is supported");
    }
    Distribution base = (Distribution) part(td, "base");
    Transform transform = (Transform) part(td, "transform");
    return new TransformedParts(base.toEvent(reinterpreted), transform);
  }

  private static Distribution unwrap(Distribution fn) {
    Distribution d = fn;
    while (d instanceof Independent ind) {
      d = ind.base();
    }
    return d;
  }

  private static Object part(TransformedDistribution td, String name) {
    try {
      Method accessor = td.getClass().getMethod(name);
      return accessor.invoke(td);
    } catch (NoSuchMethodException e) {
      return field(td, name);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the " + name + " of " + td, e);
    }
  }

  private static Object field(TransformedDistribution td, String name) {
    try {
      Field f = TransformedDistribution.class.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(td);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot read the "
              + name
              + " of TransformedDistribution; it needs a public "
              + name
              + "() accessor",
          e);
    }
  }

  /**
   * The base distribution, with the site's {@code toEvent} applied.
   *
   * @return the base
   */
  public Distribution base() {
    return base;
  }

  /**
   * The transform from the base to the site.
   *
   * @return the transform
   */
  public Transform transform() {
    return transform;
  }
}
