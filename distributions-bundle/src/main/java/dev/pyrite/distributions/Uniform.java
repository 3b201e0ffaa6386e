package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Interval;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.distributions.transforms.Precision;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The continuous uniform distribution on {@code [low, high)}, density {@code 1 / (high - low)}.
 *
 * <pre>{@code
 * NDArray theta = sample("theta", new Uniform(-Math.PI, Math.PI));
 * }</pre>
 */
public final class Uniform extends AbstractDistribution {
  private final NDArray low;
  private final NDArray high;

  /**
   * A uniform with scalar bounds.
   *
   * @param low the lower bound
   * @param high the upper bound, above {@code low}
   */
  public Uniform(double low, double high) {
    this(Distributions.scalar(low, null), Distributions.scalar(high, null));
  }

  /**
   * A uniform with array bounds, broadcast together.
   *
   * @param low the lower bounds
   * @param high the upper bounds, above {@code low}
   */
  public Uniform(NDArray low, NDArray high) {
    super(Distributions.broadcastShapes("Uniform", low.getShape(), high.getShape()), new Shape());
    this.low = low;
    this.high = validate("high", high, new LowerBoundOf(low));
  }

  /**
   * The lower bound.
   *
   * @return low
   */
  public NDArray low() {
    return low;
  }

  /**
   * The upper bound.
   *
   * @return high
   */
  public NDArray high() {
    return high;
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    NDArray u = low.getManager().randomUniform(0f, 1f, shape(sampleShape), low.getDataType());
    return Precision.clamp(u, 0, 1 - Precision.eps(u)).mul(high.sub(low)).add(low);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray inside = low.lte(value).logicalAnd(high.gt(value));
    return Ops.where(inside, high.sub(low).log().neg(), Double.NEGATIVE_INFINITY);
  }

  @Override
  public Constraint support() {
    return new Interval(low.broadcast(batchShape()), high.broadcast(batchShape()));
  }

  @Override
  public NDArray mean() {
    return low.add(high).div(2).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    return high.sub(low).square().div(12).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return high.sub(low).log().broadcast(batchShape());
  }

  @Override
  public NDArray cdf(NDArray value) {
    return Precision.clamp(value.sub(low).div(high.sub(low)), 0, 1);
  }

  @Override
  public NDArray icdf(NDArray q) {
    return q.mul(high.sub(low)).add(low);
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new Uniform(low.broadcast(b), high.broadcast(b));
  }

  /** {@code high > low}, the constraint Uniform validates its upper bound against. */
  private static final class LowerBoundOf implements Constraint {
    private final NDArray low;

    LowerBoundOf(NDArray low) {
      this.low = low;
    }

    @Override
    public String name() {
      return "greater_than(low)";
    }

    @Override
    public NDArray check(NDArray value) {
      return value.gt(low);
    }
  }
}
