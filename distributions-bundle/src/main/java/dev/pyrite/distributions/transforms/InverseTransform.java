package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;

/**
 * The inverse of a bijection: forward and inverse swapped, domain and codomain swapped, {@code
 * log|det J_inv(y)| = -log|det J(x)|} (torch's {@code t.inv}).
 *
 * <pre>{@code
 * Transform lowerToMatrix = new InverseTransform(new CholeskyTransform()); // L -> L L^T
 * }</pre>
 */
public final class InverseTransform implements Transform {
  private final Transform base;

  /**
   * Inverts a bijection.
   *
   * @param base the bijection
   */
  public InverseTransform(Transform base) {
    this.base = base;
  }

  /**
   * The inverted transform.
   *
   * @return the base
   */
  public Transform base() {
    return base;
  }

  @Override
  public NDArray forward(NDArray x) {
    return base.inverse(x);
  }

  @Override
  public NDArray inverse(NDArray y) {
    return base.forward(y);
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    return base.logAbsDetJacobian(y, x).neg();
  }

  @Override
  public Constraint domain() {
    return base.codomain();
  }

  @Override
  public Constraint codomain() {
    return base.domain();
  }

  @Override
  public int domainEventDim() {
    return base.codomainEventDim();
  }

  @Override
  public int codomainEventDim() {
    return base.domainEventDim();
  }
}
