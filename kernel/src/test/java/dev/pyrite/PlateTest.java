package dev.pyrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Plate dimensions are allocated from the right; collisions name both plates. */
class PlateTest {
  @Test
  void nestedPlatesTakeDimensionsFromTheRight() {
    try (Plate outer = Pyrite.plate("outer", 3);
        Plate inner = Pyrite.plate("inner", 4)) {
      assertEquals(-1, outer.dim());
      assertEquals(-2, inner.dim());
    }
    try (Plate again = Pyrite.plate("again", 2)) {
      assertEquals(-1, again.dim());
    }
  }

  @Test
  void explicitDimensionCollisionNamesBothPlates() {
    try (Plate a = Pyrite.plate("a", 3, 3, -1)) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Pyrite.plate("b", 4, 4, -1));
      assertEquals(
          "plates \"b\" and \"a\" collide at dim=-1\nTry moving the dim of one plate to the left,"
              + " e.g. dim=-2",
          e.getMessage());
    }
  }

  @Test
  void subsampleScaleIsSizeOverSubsampleSize() {
    assertEquals(5.0, new dev.pyrite.spi.PlateFrame("data", -1, 100, 20, 0).scale(), 0.0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Plate("data", 10, 20, null));
    assertEquals(
        "plate \"data\" has subsampleSize 20; it must lie in [1, size=10]", e.getMessage());
  }
}
