package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Distribution;

/**
 * The template of univariate location-scale families ({@code x = loc + scale * z} for a fixed
 * standard {@code z}): broadcasts and validates {@code loc} (real) and {@code scale} (positive),
 * and expands by broadcasting both. Subclasses give the density, sampler and moments.
 *
 * <pre>{@code
 * public final class Gumbel extends LocScaleDistribution {
 *   public Gumbel(NDArray loc, NDArray scale) { super("Gumbel", loc, scale); }
 *   protected Distribution withParams(NDArray loc, NDArray scale) { return new Gumbel(loc, scale); }
 *   ...
 * }
 * }</pre>
 */
public abstract class LocScaleDistribution extends AbstractDistribution {
  /** The location, as given (broadcasting happens in the ops). */
  protected final NDArray loc;

  /** The scale, positive, as given. */
  protected final NDArray scale;

  /**
   * Validates and stores the parameters.
   *
   * @param family the family name, for messages
   * @param loc the location
   * @param scale the scale, positive
   */
  protected LocScaleDistribution(String family, NDArray loc, NDArray scale) {
    super(Distributions.broadcastShapes(family, loc.getShape(), scale.getShape()), new Shape());
    this.loc = validate("loc", loc, Constraints.real());
    this.scale = validate("scale", scale, Constraints.positive());
  }

  /**
   * The location parameter.
   *
   * @return loc
   */
  public final NDArray loc() {
    return loc;
  }

  /**
   * The scale parameter.
   *
   * @return scale
   */
  public final NDArray scale() {
    return scale;
  }

  /**
   * The same family with other parameters (reparameterizers use it to build the standardised
   * family).
   *
   * @param loc the location
   * @param scale the scale, positive
   * @return the new distribution
   */
  public abstract LocScaleDistribution withLocScale(NDArray loc, NDArray scale);

  @Override
  public final Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return withLocScale(loc.broadcast(b), scale.broadcast(b));
  }
}
