package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import dev.pyrite.TensorOps;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import java.util.List;

/**
 * Applies transforms in order: {@code y = parts[n-1](...parts[0](x))}. Event dimensions follow
 * torch: the composition's domain event dim is the largest any part needs, and each part's
 * log-Jacobian is summed over the event dims it treats elementwise, so {@code Compose(Ordered,
 * Exp)} gives one log-det per vector.
 *
 * <pre>{@code
 * Transform t = new ComposeTransform(new ExpTransform(), new AffineTransform(1, 1));
 * }</pre>
 */
public final class ComposeTransform implements Transform {
  private final List<Transform> parts;
  private final int domainEventDim;
  private final int codomainEventDim;

  /**
   * Composes transforms.
   *
   * @param parts the transforms, applied first to last
   */
  public ComposeTransform(Transform... parts) {
    if (parts.length == 0) {
      throw new IllegalArgumentException("ComposeTransform needs at least one transform");
    }
    this.parts = List.of(parts);
    int d = parts[parts.length - 1].codomainEventDim();
    for (int i = parts.length - 1; i >= 0; i--) {
      d += parts[i].domainEventDim() - parts[i].codomainEventDim();
      d = Math.max(d, parts[i].domainEventDim());
    }
    this.domainEventDim = d;
    int c = d;
    for (Transform t : parts) {
      c += t.codomainEventDim() - t.domainEventDim();
    }
    this.codomainEventDim = c;
  }

  /**
   * The transforms, first to last.
   *
   * @return the parts
   */
  public List<Transform> parts() {
    return parts;
  }

  @Override
  public NDArray forward(NDArray x) {
    NDArray y = x;
    for (Transform t : parts) {
      y = t.forward(y);
    }
    return y;
  }

  @Override
  public NDArray inverse(NDArray y) {
    NDArray x = y;
    for (int i = parts.size() - 1; i >= 0; i--) {
      x = parts.get(i).inverse(x);
    }
    return x;
  }

  @Override
  public NDArray logAbsDetJacobian(NDArray x, NDArray y) {
    NDArray total = null;
    NDArray in = x;
    int eventDim = domainEventDim;
    for (int i = 0; i < parts.size(); i++) {
      Transform t = parts.get(i);
      NDArray out = i == parts.size() - 1 ? y : t.forward(in);
      NDArray term =
          TensorOps.sumRightmost(t.logAbsDetJacobian(in, out), eventDim - t.domainEventDim());
      total = total == null ? term : total.add(term);
      eventDim += t.codomainEventDim() - t.domainEventDim();
      in = out;
    }
    return total;
  }

  @Override
  public Constraint domain() {
    Transform first = parts.get(0);
    return Constraints.independent(first.domain(), domainEventDim - first.domainEventDim());
  }

  @Override
  public Constraint codomain() {
    Transform last = parts.get(parts.size() - 1);
    return Constraints.independent(last.codomain(), codomainEventDim - last.codomainEventDim());
  }

  @Override
  public int domainEventDim() {
    return domainEventDim;
  }

  @Override
  public int codomainEventDim() {
    return codomainEventDim;
  }
}
