package dev.pyrite.mcmc.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stan's warmup windows, as NumPyro's build_adaptation_schedule lays them out. */
class AdaptationScheduleTest {
  private static long[][] windows(int n) {
    List<long[]> w = AdaptationSchedule.of(n).windows();
    return w.toArray(new long[0][]);
  }

  @Test
  void defaultWindowsDouble() {
    assertArrayEquals(
        new long[][] {
          {0, 74}, {75, 99}, {100, 149}, {150, 249}, {250, 449}, {450, 949}, {950, 999}
        },
        windows(1000));
  }

  @Test
  void shortWarmupsShrinkTheBuffers() {
    assertArrayEquals(new long[][] {{0, 74}, {75, 99}, {100, 149}}, windows(150));
    assertArrayEquals(new long[][] {{0, 14}, {15, 89}, {90, 99}}, windows(100));
    assertArrayEquals(new long[][] {{0, 9}}, windows(10));
  }

  @Test
  void slowWindowsCollectAndEnd() {
    AdaptationSchedule s = AdaptationSchedule.of(1000);
    assertFalse(s.inSlowWindow(74));
    assertTrue(s.inSlowWindow(75));
    assertTrue(s.endsSlowWindow(99));
    assertTrue(s.endsSlowWindow(949));
    assertFalse(s.inSlowWindow(950));
    assertFalse(s.endsSlowWindow(999));
  }
}
