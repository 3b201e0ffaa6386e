package dev.pyrite.mcmc.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Stan's warmup windows: a fast initial buffer (step size only), slow windows that double in length
 * (mass matrix and step size; the mass matrix is updated at the end of each), and a fast terminal
 * buffer (step size only). Defaults 75 / 25 / 50; shorter warmups shrink them to 15% / rest / 10%
 * as Stan and NumPyro do; under 20 warmup steps there is no slow window.
 *
 * <pre>{@code
 * AdaptationSchedule s = AdaptationSchedule.of(1000);
 * s.inSlowWindow(100);   // true
 * s.endsSlowWindow(99);  // true: window [75, 99] ends here
 * }</pre>
 */
public final class AdaptationSchedule {
  private final List<long[]> windows;

  private AdaptationSchedule(List<long[]> windows) {
    this.windows = windows;
  }

  /**
   * The schedule for a warmup length.
   *
   * @param numWarmup the number of warmup transitions
   * @return the schedule
   */
  public static AdaptationSchedule of(int numWarmup) {
    List<long[]> w = new ArrayList<>();
    if (numWarmup < 20) {
      if (numWarmup > 0) {
        w.add(new long[] {0, numWarmup - 1});
      }
      return new AdaptationSchedule(w);
    }
    int initBuffer = 75;
    int termBuffer = 50;
    int baseWindow = 25;
    if (numWarmup < initBuffer + termBuffer + baseWindow) {
      initBuffer = (int) (0.15 * numWarmup);
      termBuffer = (int) (0.1 * numWarmup);
      baseWindow = numWarmup - initBuffer - termBuffer;
    }
    w.add(new long[] {0, initBuffer - 1});
    int endWindowStart = numWarmup - termBuffer;
    int next = baseWindow;
    int start = initBuffer;
    while (start < endWindowStart) {
      int end = start + next - 1;
      next *= 2;
      if (start + next >= endWindowStart) {
        end = endWindowStart - 1;
      }
      w.add(new long[] {start, end});
      start = end + 1;
    }
    w.add(new long[] {endWindowStart, numWarmup - 1});
    return new AdaptationSchedule(w);
  }

  /**
   * Whether a warmup iteration collects positions for the mass matrix.
   *
   * @param iteration the 0-based warmup iteration
   * @return true inside a slow (middle) window
   */
  public boolean inSlowWindow(long iteration) {
    for (int i = 1; i < windows.size() - 1; i++) {
      if (iteration >= windows.get(i)[0] && iteration <= windows.get(i)[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a slow window ends at a warmup iteration (update the mass matrix, restart step-size
   * adaptation).
   *
   * @param iteration the 0-based warmup iteration
   * @return true at the last iteration of a slow window
   */
  public boolean endsSlowWindow(long iteration) {
    for (int i = 1; i < windows.size() - 1; i++) {
      if (iteration == windows.get(i)[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The windows as {@code [start, end]} pairs, inclusive.
   *
   * @return a copy of the windows
   */
  public List<long[]> windows() {
    return windows.stream().map(long[]::clone).toList();
  }
}
