package dev.pyrite;

import static dev.pyrite.Pyrite.factor;
import static dev.pyrite.Pyrite.markov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyrite.internal.stack.HandlerStack;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pyro's markov: each site records the sites visible within the history window. */
class MarkovTest {
  private final Scope scope = Scope.open();
  private final RecordingHandler rec = new RecordingHandler();

  @AfterEach
  void close() {
    scope.close();
    assertTrue(HandlerStack.current().isEmpty(), "a test left handlers installed");
  }

  private static void site(String name) {
    factor(name, Backend.scalar(0));
  }

  private Object scopeOf(String name) {
    return rec.site(name).infer().get(Markov.SCOPE);
  }

  @Test
  void aChainSeesThePreviousStepOnly() {
    try (RecordingHandler r = rec.install()) {
      site("z_0");
      for (long t : markov(3)) {
        site("z_" + (t + 1));
        site("y_" + (t + 1));
      }
    }
    assertFalse(rec.site("z_0").infer().containsKey(Markov.SCOPE));
    assertEquals(Map.of(), scopeOf("z_1"));
    assertEquals(Map.of("z_1", 1), scopeOf("y_1"));
    assertEquals(Map.of("z_1", 1, "y_1", 1), scopeOf("z_2"));
    assertEquals(Map.of("z_2", 1, "y_2", 1), scopeOf("z_3"));
    assertEquals(1, rec.site("z_3").infer().get(Markov.DEPTH));
  }

  @Test
  void historyWidensOrNarrowsTheWindow() {
    try (RecordingHandler r = rec.install()) {
      for (long t : new Markov(2, false).over(3)) {
        site("a_" + t);
      }
      for (long t : new Markov(0, false).over(2)) {
        site("b_" + t);
      }
    }
    assertEquals(Map.of("a_0", 1, "a_1", 1), scopeOf("a_2"));
    assertEquals(Map.of(), scopeOf("b_1"));
  }

  @Test
  void nestedContextsAddUpDepthAndScope() {
    try (RecordingHandler r = rec.install();
        Markov outer = markov()) {
      site("x");
      try (Markov inner = markov()) {
        site("y");
      }
    }
    assertEquals(2, rec.site("y").infer().get(Markov.DEPTH));
    assertEquals(Map.of("x", 1), scopeOf("y"));
  }

  @Test
  void keepLetsSiblingLevelsSeeEachOther() {
    Markov kept = new Markov(1, true);
    Markov forgetful = new Markov(1, false);
    try (RecordingHandler r = rec.install()) {
      for (Markov m : new Markov[] {kept, forgetful}) {
        String tag = m == kept ? "k" : "f";
        try (Markov first = m.install()) {
          site(tag + "1");
        }
        try (Markov second = m.install()) {
          site(tag + "2");
        }
      }
    }
    assertEquals(Map.of("k1", 1), scopeOf("k2"));
    assertEquals(Map.of(), scopeOf("f2"));
  }

  @Test
  void aLoopLeftEarlyIsDroppedWithItsLevels() {
    Markov m = new Markov();
    try (RecordingHandler r = rec.install()) {
      for (long t : m.over(10)) {
        if (t == 3) {
          break;
        }
      }
    }
    RecordingHandler after = new RecordingHandler();
    try (RecordingHandler r = after.install();
        Markov again = m.install()) {
      site("fresh");
    }
    assertEquals(Map.of(), after.site("fresh").infer().get(Markov.SCOPE));
    assertEquals(1, after.site("fresh").infer().get(Markov.DEPTH));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Markov(-1, false));
    assertEquals(
        "markov history must be >= 0, got -1; use 1 for a first-order chain", e.getMessage());
  }
}
