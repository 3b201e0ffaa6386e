package dev.pyrite.distributions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.distributions.internal.Ops;
import dev.pyrite.distributions.transforms.Precision;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Distribution;

/**
 * The von Mises distribution on the circle, density {@code exp(k cos(x - loc)) / (2 pi I0(k))};
 * draws lie in {@code [-pi, pi)}. As in torch, {@code variance} is the circular variance {@code 1 -
 * I1(k) / I0(k)}. Sampling is Best and Fisher's rejection method, vectorised over {@value
 * #CANDIDATES} proposals per draw; there is no reparameterised sampler (as in torch).
 *
 * <p>{@code log I0} is evaluated exactly, where torch uses a polynomial approximation: the two
 * differ by up to about 1e-7 relative.
 *
 * <pre>{@code
 * NDArray angle = sample("angle", new VonMises(0, 4));
 * }</pre>
 */
public final class VonMises extends AbstractDistribution {
  private static final int CANDIDATES = 32;
  private static final double LOG_2PI = Math.log(2 * Math.PI);
  private final NDArray loc;
  private final NDArray concentration;

  /**
   * A von Mises with scalar parameters.
   *
   * @param loc the mean direction
   * @param concentration the concentration {@code k}, positive
   */
  public VonMises(double loc, double concentration) {
    this(Distributions.scalar(loc, null), Distributions.scalar(concentration, null));
  }

  /**
   * A von Mises with array parameters, broadcast together.
   *
   * @param loc the mean direction
   * @param concentration the concentration {@code k}, positive
   */
  public VonMises(NDArray loc, NDArray concentration) {
    super(
        Distributions.broadcastShapes("VonMises", loc.getShape(), concentration.getShape()),
        new Shape());
    this.loc = validate("loc", loc, Constraints.real());
    this.concentration = validate("concentration", concentration, Constraints.positive());
  }

  @Override
  public boolean hasRsample() {
    return false;
  }

  @Override
  public NDArray sample(Shape sampleShape) {
    Shape s = shape(sampleShape);
    NDArray k = concentration.stopGradient().broadcast(s);
    NDArray tau = k.square().mul(4).add(1).sqrt().add(1);
    NDArray rho = tau.sub(tau.mul(2).sqrt()).div(k.mul(2));
    NDArray r = Ops.where(k.lt(1e-5), k.pow(-1).add(k), rho.square().add(1).div(rho.mul(2)));
    Shape candidates = new Shape(CANDIDATES).addAll(s);
    DataType dt = loc.getDataType();
    NDArray u1 = loc.getManager().randomUniform(0f, 1f, candidates, dt);
    NDArray u2 = loc.getManager().randomUniform(0f, 1f, candidates, dt);
    NDArray u3 = loc.getManager().randomUniform(0f, 1f, candidates, dt);
    NDArray z = u1.mul(Math.PI).cos();
    NDArray f = r.mul(z).add(1).div(r.add(z));
    NDArray c = k.mul(r.sub(f));
    NDArray accept =
        c.mul(c.neg().add(2)).sub(u2).gt(0).logicalOr(c.div(u2).log().add(1).sub(c).gte(0));
    NDArray acc = Ops.asFloat(accept, loc);
    NDArray first = acc.mul(Ops.asFloat(acc.cumSum(0).eq(1), loc));
    NDArray none = Ops.asFloat(acc.sum(new int[] {0}).eq(0), loc);
    NDArray angles = u3.sub(0.5).sign().mul(Precision.clamp(f, -1, 1).acos());
    NDArray x = first.mul(angles).sum(new int[] {0}).add(none.mul(angles.get(0)));
    NDArray y = x.add(loc.stopGradient()).add(Math.PI);
    return y.sub(y.div(2 * Math.PI).floor().mul(2 * Math.PI)).sub(Math.PI);
  }

  @Override
  public NDArray logProb(NDArray value) {
    validateSample(value);
    return value
        .sub(loc)
        .cos()
        .mul(concentration)
        .sub(LOG_2PI)
        .sub(TensorOps.logBesselI0(concentration));
  }

  @Override
  public Constraint support() {
    return Constraints.real();
  }

  private NDArray besselRatio() {
    return TensorOps.logBesselI1(concentration).sub(TensorOps.logBesselI0(concentration)).exp();
  }

  @Override
  public NDArray mean() {
    return loc.broadcast(batchShape());
  }

  @Override
  public NDArray variance() {
    return besselRatio().neg().add(1).broadcast(batchShape());
  }

  @Override
  public NDArray entropy() {
    return concentration
        .mul(besselRatio())
        .neg()
        .add(LOG_2PI)
        .add(TensorOps.logBesselI0(concentration))
        .broadcast(batchShape());
  }

  @Override
  public Distribution expand(Shape batchShape) {
    Shape b = checkExpand(batchShape);
    return new VonMises(loc.broadcast(b), concentration.broadcast(b));
  }
}
