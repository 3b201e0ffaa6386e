package dev.pyrite.distributions.transforms;

import ai.djl.ndarray.NDArray;
import dev.pyrite.spi.Constraint;
import dev.pyrite.spi.Transform;
import java.util.List;

/**
 * Applies transforms in order: {@code y = parts[n-1](...parts[0](x))}.
 *
 * <pre>{@code
 * Transform t = new ComposeTransform(new ExpTransform(), new AffineTransform(1, 1));
 * }</pre>
 */
public final class ComposeTransform implements Transform {
  private final List<Transform> parts;

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
    for (Transform t : parts) {
      NDArray out = t.forward(in);
      NDArray term = t.logAbsDetJacobian(in, out);
      total = total == null ? term : total.add(term);
      in = out;
    }
    return total;
  }

  @Override
  public Constraint domain() {
    return parts.get(0).domain();
  }

  @Override
  public Constraint codomain() {
    return parts.get(parts.size() - 1).codomain();
  }
}
