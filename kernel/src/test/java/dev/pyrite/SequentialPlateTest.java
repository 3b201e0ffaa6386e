package dev.pyrite;

import static dev.pyrite.Pyrite.factor;
import static dev.pyrite.Pyrite.plate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyrite.internal.stack.HandlerStack;
import dev.pyrite.spi.PlateFrame;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sequential plates: Pyro's {@code for i in pyro.plate(...)}. */
class SequentialPlateTest {
  private final Scope scope = Scope.open();

  @AfterEach
  void close() {
    scope.close();
    assertTrue(HandlerStack.current().isEmpty(), "a test left handlers installed");
  }

  @Test
  void eachIterationInstallsAFrameWithoutDimAndWithItsCounter() {
    List<Long> seen = new ArrayList<>();
    RecordingHandler rec = new RecordingHandler();
    try (RecordingHandler r = rec.install()) {
      for (long i : plate("steps", 3)) {
        seen.add(i);
        factor("f" + i, Backend.scalar(0));
      }
      factor("after", Backend.scalar(0));
    }
    assertEquals(List.of(0L, 1L, 2L), seen);
    for (int k = 0; k < 3; k++) {
      assertEquals(
          List.of(new PlateFrame("steps", null, 3, 3, k)), rec.site("f" + k).condIndepStack());
      assertEquals(1.0, rec.site("f" + k).scale());
    }
    assertTrue(rec.site("after").condIndepStack().isEmpty());
  }

  @Test
  void iteratingRightAwayFreesTheVectorizedDim() {
    for (long i : plate("steps", 2)) {
      try (Plate inner = plate("inner", 4)) {
        assertEquals(-1, inner.dim());
      }
    }
  }

  @Test
  void subsampledLoopVisitsDistinctIndicesAndRescales() {
    RecordingHandler rec = new RecordingHandler();
    List<Long> seen = new ArrayList<>();
    try (RecordingHandler r = rec.install()) {
      for (long i : plate("data", 10, 4)) {
        seen.add(i);
        factor("f" + seen.size(), Backend.scalar(0));
      }
    }
    assertEquals(4, seen.size());
    assertEquals(4, new HashSet<>(seen).size());
    assertTrue(seen.stream().allMatch(i -> i >= 0 && i < 10), seen.toString());
    PlateFrame f = rec.site("f2").condIndepStack().get(0);
    assertEquals(new PlateFrame("data", null, 10, 4, 1), f);
    assertEquals(2.5, rec.site("f2").scale());
  }

  @Test
  void explicitIndicesAreVisitedInOrder() {
    List<Long> seen = new ArrayList<>();
    for (long i : plate("data", 10, Backend.manager().create(new long[] {7, 2, 5}))) {
      seen.add(i);
    }
    assertEquals(List.of(7L, 2L, 5L), seen);
  }

  @Test
  void framesNestOuterFirstWithVectorizedPlates() {
    RecordingHandler rec = new RecordingHandler();
    try (RecordingHandler r = rec.install();
        Plate outer = plate("outer", 3)) {
      for (long i : plate("seq", 2)) {
        factor("f" + i, Backend.manager().zeros(new ai.djl.ndarray.types.Shape(3)));
      }
    }
    assertEquals(
        List.of(new PlateFrame("outer", -1, 3, 3, 0), new PlateFrame("seq", null, 2, 2, 1)),
        rec.site("f1").condIndepStack());
  }

  @Test
  void aPlateThatHeldSitesCannotBeIterated() {
    Plate p = plate("data", 3);
    factor("f", Backend.manager().zeros(new ai.djl.ndarray.types.Shape(3)));
    IllegalStateException e = assertThrows(IllegalStateException.class, p::iterator);
    assertEquals(
        "cannot use plate \"data\" as both vectorized and sequential: it already holds sites as a"
            + " vectorized plate; iterate a fresh plate, e.g. for (long i : plate(\"data\", 3))",
        e.getMessage());
    p.close();
  }

  @Test
  void aLoopLeftEarlyIsDroppedWhenTheEnclosingHandlerCloses() {
    try (RecordingHandler r = new RecordingHandler().install()) {
      for (long i : plate("steps", 5)) {
        if (i == 1) {
          break;
        }
      }
      assertEquals(2, HandlerStack.current().size());
    }
    assertTrue(HandlerStack.current().isEmpty());
    RecordingHandler outer = new RecordingHandler();
    assertThrows(
        IllegalStateException.class,
        () -> {
          try (RecordingHandler r = outer.install()) {
            for (long i : plate("steps", 5)) {
              throw new IllegalStateException("model failed at step " + i);
            }
          }
        });
  }

  @Test
  void anOpenContextInsideTheLoopIsStillAnOrderError() {
    Plate left = null;
    IllegalStateException e = null;
    try {
      for (long i : plate("steps", 2)) {
        left = plate("inner", 3);
      }
    } catch (IllegalStateException ex) {
      e = ex;
    }
    assertEquals(
        "handler SequentialPlate closed out of order: Plate was installed after it and is still"
            + " open; close handlers in reverse order (use try-with-resources)",
        e.getMessage());
    left.close();
    HandlerStack.pop(HandlerStack.current().get(0));
  }
}
