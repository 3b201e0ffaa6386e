package dev.pyrite.runtime.cli;

import dev.pyrite.Scope;
import dev.pyrite.examples.LogisticRegression;
import dev.pyrite.spi.KernelOptions;
import java.io.PrintWriter;
import java.util.Map;

/**
 * {@code pyrite run logreg [--method nuts|hmc]} (workload W7): NUTS (default) or HMC on the
 * Bayesian logistic regression of {@code logreg_n1000_d10.csv} (sites {@code w}, 10 weights, and
 * {@code b}). Prints Pyro's summary table and the timings; the JSON's {@code posterior} holds
 * {@code w} (arrays of 10) and {@code b} (numbers). Defaults: 500 warmup + 1000 samples, 1 chain.
 */
final class LogregExecutor implements RunExecutor {
  /** The example's name. */
  static final String NAME = "logreg";

  /** W7: 500 warmup transitions and 1000 samples on 1 chain. */
  static final McmcSettings.Defaults DEFAULTS = new McmcSettings.Defaults(500, 1000, 1);

  /** The Jvm engine: fastest for this small model in the bench (see {@code bench/README.md}). */
  @Override
  public String preferredEngine() {
    return "Jvm";
  }

  @Override
  public void check(RunRequest request) {
    request.rejectCentered();
    McmcSettings.of(request, NAME, DEFAULTS);
  }

  @Override
  public int run(RunRequest request, PrintWriter out, PrintWriter err) {
    check(request);
    McmcSettings settings = McmcSettings.of(request, NAME, DEFAULTS);
    try (Scope s = Scope.open()) {
      McmcRun run =
          McmcRun.start(
              NAME,
              settings,
              KernelOptions.defaults(),
              LogisticRegression.MODEL,
              LogisticRegression::data);
      run.printSummary(out);
      run.printTimings(out);
      if (request.json() != null) {
        JsonFile.write(request.json(), run.json(NAME, run.summary()));
      }
      run.plots(request, NAME, RunPlots.draws(run.mcmc().samples(true)), Map.of(), out);
    }
    return 0;
  }
}
