package dev.pyrite;

import static dev.pyrite.Pyrite.factor;
import static dev.pyrite.Pyrite.plate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.spi.PlateFrame;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Subsampling by size or by explicit indices, and the frames it records. */
class PlateSubsampleTest {
  private final Scope scope = Scope.open();

  @AfterEach
  void close() {
    scope.close();
  }

  @Test
  void explicitIndicesPickRowsAndRescale() {
    NDArray data = Backend.manager().arange(0f, 10f).reshape(5, 2);
    NDArray idx = Backend.manager().create(new long[] {4, 1});
    RecordingHandler rec = new RecordingHandler();
    try (RecordingHandler r = rec.install();
        Plate p = plate("rows", 5, idx)) {
      assertArrayEquals(new float[] {8, 9, 2, 3}, p.subsample(data, 0).toFloatArray());
      assertArrayEquals(new float[] {8, 2}, p.subsample(data.transpose(), 1).get(0).toFloatArray());
      factor("f", Backend.manager().zeros(new Shape(2)));
    }
    assertEquals(List.of(new PlateFrame("rows", -1, 5, 2, 0)), rec.site("f").condIndepStack());
    assertEquals(2.5, rec.site("f").scale());
  }

  @Test
  void randomSubsamplesAreDistinctIndicesOfTheFullSize() {
    try (Plate p = plate("data", 50, 10)) {
      long[] idx = p.indices().toType(ai.djl.ndarray.types.DataType.INT64, false).toLongArray();
      assertEquals(
          10, java.util.Arrays.stream(idx).distinct().filter(i -> i >= 0 && i < 50).count());
    }
  }

  @Test
  void badIndicesNameThePlateAndTheFix() {
    NDArray floats = Backend.manager().create(new float[] {1, 2});
    assertEquals(
        "plate \"data\" got subsample indices of shape (2) and dtype float32; pass a 1-dimensional"
            + " int32 or int64 array (e.g. indices.toType(DataType.INT64, false))",
        assertThrows(IllegalArgumentException.class, () -> plate("data", 5, floats)).getMessage());
    NDArray outOfRange = Backend.manager().create(new long[] {1, 5});
    assertEquals(
        "plate \"data\" got subsample index 5; indices must lie in [0, size=5)",
        assertThrows(IllegalArgumentException.class, () -> plate("data", 5, outOfRange))
            .getMessage());
    NDArray tooMany = Backend.manager().create(new long[] {0, 1, 2});
    assertEquals(
        "plate \"data\" got 3 subsample indices; it needs between 1 and size=2",
        assertThrows(IllegalArgumentException.class, () -> plate("data", 2, tooMany)).getMessage());
  }
}
