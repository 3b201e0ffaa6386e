package dev.pyrite.bench;

import java.util.Arrays;

/**
 * Times steps and reports the median over all steps after a warm-up prefix, as the workload
 * definitions ask ("median wall time of one SVI step over all steps after the first 50").
 *
 * <pre>{@code
 * StepTimer t = new StepTimer(steps, 50);
 * for (...) { long s = System.nanoTime(); svi.step(x); t.record(System.nanoTime() - s); }
 * double ms = t.medianMillis();
 * }</pre>
 */
final class StepTimer {
  private final long[] nanos;
  private final int skip;
  private int count;

  StepTimer(int steps, int skip) {
    this.nanos = new long[steps];
    this.skip = Math.min(skip, Math.max(0, steps - 1));
  }

  void record(long elapsedNanos) {
    nanos[count++] = elapsedNanos;
  }

  double medianMillis() {
    long[] kept = Arrays.copyOfRange(nanos, skip, count);
    Arrays.sort(kept);
    int n = kept.length;
    double median = n % 2 == 1 ? kept[n / 2] : (kept[n / 2 - 1] + kept[n / 2]) / 2.0;
    return median / 1e6;
  }

  double totalSeconds() {
    long total = 0;
    for (int i = 0; i < count; i++) {
      total += nanos[i];
    }
    return total / 1e9;
  }
}
