package dev.pyrite.distributions.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.distributions.transforms.Precision;

/**
 * Draws from {@code Gamma(alpha, 1)} with implicit reparameterised gradients, on every engine.
 *
 * <p>Sampling is Marsaglia and Tsang's squeeze method, vectorised: {@value #CANDIDATES} candidate
 * proposals per entry are drawn at once and the first accepted one is kept (each is rejected with
 * probability below 5%, so all are rejected with probability below 1e-10). For {@code alpha < 1}
 * the draw is boosted: {@code Gamma(alpha) = Gamma(alpha + 1) * U^(1/alpha)}. The gradient is
 * attached to the final draw, so it is torch's implicit gradient for every {@code alpha}.
 *
 * <p>Gradients are implicit (Figurnov et al. 2018): {@code dz/dalpha = -(dP(alpha, z)/dalpha) /
 * p(z; alpha)} with {@code P} the regularised lower incomplete gamma function. The draw is returned
 * as the surrogate {@code z - (S - stop(S))} with {@code S(alpha) = P(alpha, z) / stop(p(z;
 * alpha))}, and {@code P} is the series {@code sum_n z^(alpha+n) e^(-z) / Gamma(alpha+n+1)}, summed
 * in float64 over enough terms to converge for the largest draw.
 */
public final class StandardGamma {
  private static final int CANDIDATES = 8;
  private static final int MAX_TERMS = 20_000;

  private StandardGamma() {}

  /**
   * Draws with pathwise gradients with respect to {@code alpha}.
   *
   * @param alpha positive shape parameters, broadcastable to {@code shape}
   * @param shape the output shape
   * @return draws of the given shape
   */
  public static NDArray rsample(NDArray alpha, Shape shape) {
    NDManager m = alpha.getManager();
    NDArray a = alpha.broadcast(shape);
    NDArray ad = a.stopGradient();
    NDArray boost = ad.lt(1).toType(a.getDataType(), false);
    NDArray z1 = marsagliaTsang(m, ad.add(boost), shape);
    NDArray u =
        Precision.atLeast(m.randomUniform(0f, 1f, shape, a.getDataType()), Precision.tiny(a));
    NDArray factor = NDArrays.where(boost.gt(0), u.log().div(ad).exp(), boost.onesLike());
    NDArray z = Precision.atLeast(z1.mul(factor), Precision.tiny(a));
    return implicit(a, z);
  }

  private static NDArray marsagliaTsang(NDManager m, NDArray alpha, Shape shape) {
    DataType dt = alpha.getDataType();
    Shape candidates = new Shape(CANDIDATES).addAll(shape);
    NDArray d = alpha.sub(1.0 / 3.0);
    NDArray c = d.mul(9).sqrt().pow(-1);
    NDArray x = m.randomNormal(0f, 1f, candidates, dt);
    NDArray u = m.randomUniform(0f, 1f, candidates, dt);
    NDArray v = x.mul(c).add(1).pow(3);
    NDArray positive = v.gt(0);
    NDArray safeV = NDArrays.where(positive, v, v.onesLike());
    NDArray bound = x.square().mul(0.5).add(d).sub(d.mul(safeV)).add(d.mul(safeV.log()));
    NDArray accept = positive.logicalAnd(u.log().lt(bound)).toType(dt, false);
    NDArray first = accept.mul(accept.cumSum(0).eq(1).toType(dt, false));
    return Precision.atLeast(first.mul(d).mul(safeV).sum(new int[] {0}), Precision.tiny(alpha));
  }

  /**
   * Returns {@code z} with the implicit gradient attached as a linear surrogate {@code z + (alpha -
   * stop(alpha)) * dz/dalpha}; {@code dz/dalpha = -dS/dalpha} is computed in float64 by a central
   * difference of the series, which needs no autograd (engines differ in how casts propagate
   * gradients).
   */
  private static NDArray implicit(NDArray alpha, NDArray z) {
    NDArray a = alpha.stopGradient().toType(DataType.FLOAT64, false);
    NDArray zd = z.stopGradient().toType(DataType.FLOAT64, false);
    int terms = terms(zd, a);
    Shape column = new Shape(terms).addAll(new Shape(ones(zd.getShape().dimension())));
    NDArray n = a.getManager().arange(0, terms, 1, DataType.FLOAT64).reshape(column);
    NDArray logZ = zd.log();
    NDArray logNorm = a.gammaln();
    NDArray h = Precision.atLeast(a.mul(1e-5), 1e-7);
    NDArray up = series(a.add(h), a, n, logZ, logNorm);
    NDArray down = series(a.sub(h), a, n, logZ, logNorm);
    NDArray dzda = down.sub(up).div(h.mul(2)).toType(alpha.getDataType(), false);
    return z.stopGradient().add(alpha.sub(alpha.stopGradient()).mul(dzda));
  }

  /** {@code P(x, z) / p(z; a)}: the lower incomplete gamma series over the density at {@code a}. */
  private static NDArray series(NDArray x, NDArray a, NDArray n, NDArray logZ, NDArray logNorm) {
    NDArray exponent = x.sub(a).add(1).add(n).mul(logZ).sub(x.add(n).add(1).gammaln()).add(logNorm);
    return exponent.exp().sum(new int[] {0});
  }

  private static int terms(NDArray z, NDArray alpha) {
    double reach = z.sub(alpha).maximum(0).add(z.sqrt().mul(10)).max().getDouble();
    return (int) Math.min(MAX_TERMS, Math.max(24, Math.ceil(reach + 24)));
  }

  private static long[] ones(int n) {
    long[] out = new long[n];
    java.util.Arrays.fill(out, 1);
    return out;
  }
}
