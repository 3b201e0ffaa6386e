package dev.pyrite.internal.stack;

import java.util.ArrayList;
import java.util.List;

/**
 * Allocates batch dimensions to vectorised plates from the right, per thread (Pyro's {@code
 * _DimAllocator}).
 */
public final class DimAllocator {
  private static final ThreadLocal<List<String>> SLOTS = ThreadLocal.withInitial(ArrayList::new);

  private DimAllocator() {}

  /**
   * Allocates a dimension.
   *
   * @param name the plate's name
   * @param requested a negative dimension, or {@code null} for the rightmost free one
   * @return the allocated negative dimension
   * @throws IllegalArgumentException for a duplicate plate name, a non-negative dim, or a collision
   */
  public static int allocate(String name, Integer requested) {
    List<String> slots = SLOTS.get();
    if (slots.contains(name)) {
      throw new IllegalArgumentException(
          "duplicate plate \"" + name + "\": a plate of that name is already active; rename one");
    }
    int dim;
    if (requested == null) {
      dim = -1;
      while (-dim <= slots.size() && slots.get(-1 - dim) != null) {
        dim--;
      }
    } else {
      dim = requested;
      if (dim >= 0) {
        throw new IllegalArgumentException(
            "plate \""
                + name
                + "\" has dim="
                + dim
                + "; plate dims count from the right and must be negative, e.g. dim=-1");
      }
    }
    while (-dim > slots.size()) {
      slots.add(null);
    }
    String other = slots.get(-1 - dim);
    if (other != null) {
      throw new IllegalArgumentException(
          "plates \""
              + name
              + "\" and \""
              + other
              + "\" collide at dim="
              + dim
              + "\nTry moving the dim of one plate to the left, e.g. dim="
              + (dim - 1));
    }
    slots.set(-1 - dim, name);
    return dim;
  }

  /**
   * Frees a dimension.
   *
   * @param name the plate's name
   * @param dim its dimension
   */
  public static void free(String name, int dim) {
    List<String> slots = SLOTS.get();
    if (-1 - dim < slots.size() && name.equals(slots.get(-1 - dim))) {
      slots.set(-1 - dim, null);
    }
    while (!slots.isEmpty() && slots.get(slots.size() - 1) == null) {
      slots.remove(slots.size() - 1);
    }
  }
}
