package dev.pyrite.runtime.cli;

import dev.pyrite.mcmc.ChainDiagnostics;
import dev.pyrite.mcmc.ChainwiseKernel;
import dev.pyrite.spi.McmcKernel;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.ProgressBar;

/**
 * The {@code onProgress} hook of an MCMC run: moves the bar over warmup and sampling transitions
 * and shows Pyro's postfix, e.g. {@code step size=4.30e-01, acc. prob=0.81, div=0} (mean step size
 * and acceptance over chains, divergences of warmup and sampling summed over chains). The postfix
 * comes from the kernel's Java-side counters ({@link ChainwiseKernel#chainDiagnostics()}), read
 * after the first transition, every {@value #EVERY} transitions and on the last one; other kernels
 * get no postfix.
 *
 * <pre>{@code
 * new MCMC(kernel, 1000, 500).onProgress(new McmcProgress(bar, kernel, 1500));
 * }</pre>
 */
final class McmcProgress implements IntConsumer {
  /** How many transitions pass between two reads of the kernel's counters. */
  static final int EVERY = 50;

  private final ProgressBar bar;
  private final McmcKernel kernel;
  private final int total;

  /**
   * Creates the hook.
   *
   * @param bar the bar, sized to {@code total}
   * @param kernel the kernel the run uses
   * @param total warmup plus sampling transitions
   */
  McmcProgress(ProgressBar bar, McmcKernel kernel, int total) {
    this.bar = bar;
    this.kernel = kernel;
    this.total = total;
  }

  @Override
  public void accept(int done) {
    bar.stepTo(done);
    if ((done == 1 || done % EVERY == 0 || done == total) && kernel instanceof ChainwiseKernel k) {
      bar.setExtraMessage(postfix(k.chainDiagnostics()));
    }
  }

  /**
   * The postfix for some chains' figures.
   *
   * @param chains one entry per chain
   * @return {@code " step size=..., acc. prob=..., div=..."} (the space parts it from the speed)
   */
  static String postfix(List<ChainDiagnostics> chains) {
    double step = 0;
    double accept = 0;
    long divergences = 0;
    for (ChainDiagnostics c : chains) {
      step += c.stepSize();
      accept += c.meanAcceptProb();
      divergences += c.divergences() + c.warmupDivergences();
    }
    int n = Math.max(1, chains.size());
    return String.format(
        Locale.ROOT, " step size=%.2e, acc. prob=%.2f, div=%d", step / n, accept / n, divergences);
  }
}
