package dev.pyrite.engine.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.testkit.Engines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The kernel's {@link Scope} and live-array count work unchanged on the Jvm engine. */
class ScopeTest {
  @AfterAll
  static void backToDefault() {
    Engines.use("MXNet", 0);
  }

  @Test
  void stepsInScopesLeaveTheLiveArrayCountFlat() {
    Engines.use("Jvm", 0);
    NDArray w = Backend.manager().create(new double[] {0.5, -0.25});
    w.setRequiresGradient(true);
    int before = Backend.liveArrays();
    NDArray kept = null;
    for (int step = 0; step < 200; step++) {
      try (Scope s = Scope.open();
          GradientCollector gc = Backend.newGradientCollector()) {
        NDArray loss = w.mul(w).sum().add(w.exp().sum());
        gc.backward(loss);
        if (kept != null) {
          kept.close();
        }
        kept = s.keep(loss.stopGradient());
        w.getGradient().subi(w.getGradient());
      }
    }
    assertEquals(before + 1, Backend.liveArrays());
    assertTrue(kept.getDouble() > 0);
  }
}
