package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Draws;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * Pyro's asymmetric Laplace distribution: exponential tails with scale {@code scale * asymmetry} to
 * the left of {@code loc} and {@code scale / asymmetry} to the right, density {@code exp(-|x - loc|
 * / s) / (left + right)} with {@code s} the scale of the side {@code x} lies on.
 *
 * <pre>{@code
 * NDArray r = sample("r", new AsymmetricLaplace(0, 1, 2));
 * }</pre>
 */
public final class AsymmetricLaplace extends AbstractDistribution {
  private final NDArray loc;
  private final NDArray scale;
  private final NDArray asymmetry;

  /**
   * An asymmetric Laplace with scalar parameters.
   *
   * @param loc the mode
   * @param scale the overall scale, positive
   * @param asymmetry the ratio of left to overall scale, positive
   */
  public AsymmetricLaplace(double loc, double scale, double asymmetry) {
    this(
        Distributions.scalar(loc, null),
        Distributions.scalar(scale, null),
        Distributions.scalar(asymmetry, null));
  }

  /**
   * An asymmetric Laplace with array parameters, broadcast together.
   *
   * @param loc the mode
   * @param scale the overall scale, positive
   * @param asymmetry the ratio of left to overall scale, positive
   */
  public AsymmetricLaplace(NDArray loc, NDArray scale, NDArray asymmetry) {
    super(
        Distributions.broadcastShapes(
            "AsymmetricLaplace", loc.getShape(), scale.getShape(), asymmetry.getShape()),
        new Shape());
    this.loc = validate("loc", loc, Constraints.real());
    this.scale = validate("scale", scale, Constraints.positive());
    this.asymmetry = validate("asymmetry", asymmetry, Constraints.positive());
  }

  private NDArray leftScale() {
    return scale.mul(asymmetry);
  }

  private NDArray rightScale() {
    return scale.div(asymmetry);
  }

  @Override
  public boolean hasRsample() {
    return true;
  }

  @Override
  public NDArray rsample(Shape sampleShape) {
    Shape s = shape(sampleShape);
    NDArray u = Draws.exponential(loc, s);
    NDArray v = Draws.exponential(loc, s);
    return loc.sub(leftScale().mul(u)).add(rightScale().mul(v));
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    NDArray z = value.sub(loc);
    NDArray factor = Ops.where(z.lt(0), asymmetry.pow(-1), asymmetry);
    return z.abs().neg().div(scale).mul(factor).sub(leftScale().add(rightScale()).log());
  }

  @Override
  public Constraint support() {
    return Constraints.real();
  }

  @Override
  public NDArray mean() {
    NDArray left = leftScale();
    NDArray right = rightScale();
    return right.square().sub(left.square()).div(left.add(right)).add(loc).broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    NDArray left = leftScale();
    NDArray right = rightScale();
    NDArray total = left.add(right);
    NDArray p = left.div(total);
    NDArray q = right.div(total);
    return p.mul(left.square())
        .add(q.mul(right.square()))
        .add(p.mul(q).mul(total.square()))
        .broadcast(batchShape());
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new AsymmetricLaplace(loc.broadcast(b), scale.broadcast(b), asymmetry.broadcast(b));
  }
}
