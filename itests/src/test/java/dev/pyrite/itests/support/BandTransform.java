package dev.pyrite.itests.support;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/** {@code y = low + (high - low) * sigmoid(x)}, the bijection from the reals onto a band. */
final class BandTransform implements Transform {
  private final Band band;

  BandTransform(Band band) {
    this.band = band;
  }

  @Override
  public NDArray forward(NDArray x) {
    return TensorOps.sigmoid(x).mul(band.high() - band.low()).add(band.low());
  }

  @Override
  public NDArray inverse(NDArray y) {
    return TensorOps.logit(y.sub(band.low()).div(band.high() - band.low()));
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    return TensorOps.logSigmoid(x)
        .add(TensorOps.logSigmoid(x.neg()))
        .add(Math.log(band.high() - band.low()));
  }

  @Override
  public Constraint domain() {
    return new Band(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  @Override
  public Constraint codomain() {
    return band;
  }
}
