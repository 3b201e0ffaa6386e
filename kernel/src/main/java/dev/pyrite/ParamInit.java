package dev.pyrite;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A param initialiser that knows the shape of the value it would create, so the {@link ParamStore}
 * can reject a param re-declared with another shape without running the initialiser again.
 *
 * <p>A plain {@code Supplier<NDArray>} initialiser runs only when the param is new, so its shape is
 * unknown on later declarations and is not checked; wrap it with {@link #of(Shape, Supplier)} to
 * have it checked.
 *
 * <pre>{@code
 * NDArray w = param("w", ParamInit.of(new Shape(3, 2), () -> manager.randomNormal(new Shape(3, 2))),
 *     null, 0);
 * NDArray b = param("b", ParamInit.of(manager.zeros(new Shape(2))), null, 0);
 * }</pre>
 */
@ProviderType
public interface ParamInit extends Supplier<NDArray> {
  /**
   * The shape of the constrained value {@link #get()} returns.
   *
   * @return the shape
   */
  Shape shape();

  /**
   * An initialiser of a known shape.
   *
   * @param shape the shape of the value {@code init} returns
   * @param init computes the initial constrained value (called at most once per new param)
   * @return the initialiser
   */
  static ParamInit of(Shape shape, Supplier<NDArray> init) {
    return new ParamInit() {
      @Override
      public Shape shape() {
        return shape;
      }

      @Override
      public NDArray get() {
        return init.get();
      }
    };
  }

  /**
   * An initialiser that returns an existing array.
   *
   * @param value the initial constrained value
   * @return the initialiser
   */
  static ParamInit of(NDArray value) {
    return of(value.getShape(), () -> value);
  }
}
