package dev.pyrite.handlers.internal;

import ai.djl.ndarray.types.Shape;

/** Shapes written as Pyro writes them in error messages: {@code [3, 4]}, {@code []}. */
public final class Shapes {
  private Shapes() {}

  /**
   * Formats a shape.
   *
   * @param shape the shape
   * @return the dims in brackets
   */
  public static String format(Shape shape) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < shape.dimension(); i++) {
      sb.append(i == 0 ? "" : ", ").append(shape.get(i));
    }
    return sb.append(']').toString();
  }
}
