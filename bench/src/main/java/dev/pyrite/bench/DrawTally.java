package dev.pyrite.bench;

import dev.pyrite.mcmc.ChainwiseKernel;
import dev.pyrite.mcmc.DrawStatistics;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * An MCMC progress hook that counts gradient evaluations from the kernel's per-draw statistics and
 * marks the end of warmup: after every transition it adds each chain's number of leapfrog steps
 * ({@link DrawStatistics#numSteps()}) to the warmup or the sampling total, and when the last warmup
 * transition is done it notes the time and the kernel's count of batched evaluations so far.
 *
 * <pre>{@code
 * DrawTally tally = new DrawTally(nuts, warmup, () -> nuts.diagnostics().get("grad_evals").longValue());
 * MCMC mcmc = new MCMC(nuts, samples, warmup).onProgress(tally);
 * tally.start();
 * mcmc.run(model, data);
 * long leapfrogSteps = tally.stepsWarmup() + tally.stepsSampling();
 * }</pre>
 */
final class DrawTally implements IntConsumer {
  private final ChainwiseKernel kernel;
  private final int numWarmup;
  private final LongSupplier batchedEvaluations;
  private long stepsWarmup;
  private long stepsSampling;
  private long warmupEndNanos;
  private long batchedAtWarmupEnd;

  /**
   * A tally for one run.
   *
   * @param kernel the kernel whose {@link ChainwiseKernel#lastDraw()} is read
   * @param numWarmup warmup transitions per chain
   * @param batchedEvaluations the kernel's batched gradient evaluations so far
   */
  DrawTally(ChainwiseKernel kernel, int numWarmup, LongSupplier batchedEvaluations) {
    this.kernel = kernel;
    this.numWarmup = numWarmup;
    this.batchedEvaluations = batchedEvaluations;
  }

  /** Marks the start of the run; with no warmup, sampling starts here. */
  void start() {
    warmupEndNanos = System.nanoTime();
  }

  @Override
  public void accept(int done) {
    long steps = 0;
    for (int s : kernel.lastDraw().numSteps()) {
      steps += s;
    }
    if (done <= numWarmup) {
      stepsWarmup += steps;
    } else {
      stepsSampling += steps;
    }
    if (done == numWarmup) {
      warmupEndNanos = System.nanoTime();
      batchedAtWarmupEnd = batchedEvaluations.getAsLong();
    }
  }

  /**
   * Leapfrog steps of the warmup transitions, summed over chains.
   *
   * @return the count
   */
  long stepsWarmup() {
    return stepsWarmup;
  }

  /**
   * Leapfrog steps of the sampling transitions, summed over chains.
   *
   * @return the count
   */
  long stepsSampling() {
    return stepsSampling;
  }

  /**
   * When warmup ended ({@link System#nanoTime()}), or the start with no warmup.
   *
   * @return the time stamp
   */
  long warmupEndNanos() {
    return warmupEndNanos;
  }

  /**
   * The kernel's batched evaluations at the end of warmup (set-up included; 0 with no warmup).
   *
   * @return the count
   */
  long batchedAtWarmupEnd() {
    return batchedAtWarmupEnd;
  }
}
