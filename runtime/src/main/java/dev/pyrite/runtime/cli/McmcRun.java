package dev.pyrite.runtime.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.mcmc.MCMC;
import dev.pyrite.mcmc.SiteSummary;
import dev.pyrite.mcmc.SummaryJson;
import dev.pyrite.mcmc.diagnostics.Draws;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.spi.McmcKernel;
import dev.pyrite.spi.Model;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;

/**
 * One MCMC run of a built-in example, shared by the MCMC executors: seeds, reads the data, runs the
 * chains under a progress bar (warmup plus samples, with Pyro's postfix), times warmup and
 * sampling, and renders the summary table, the timings line and the JSON.
 *
 * <pre>{@code
 * McmcRun run = McmcRun.start("logreg", settings, KernelOptions.defaults(),
 *     LogisticRegression.MODEL, LogisticRegression::data);
 * run.printSummary(out);
 * run.printTimings(out);
 * JsonFile.write(file, run.json("logreg", run.summary()));
 * }</pre>
 */
final class McmcRun {
  private final McmcSettings settings;
  private final MCMC mcmc;
  private final String engine;
  private long start;
  private long warmupEnd;
  private long end;

  private McmcRun(McmcSettings settings, McmcKernel kernel) {
    this.settings = settings;
    this.mcmc =
        new MCMC(kernel, settings.samples(), settings.warmup()).numChains(settings.chains());
    this.engine = Backend.engine().getEngineName();
  }

  /**
   * Runs the chains.
   *
   * @param example the example name, labels the bar
   * @param s the settings
   * @param base the kernel options before {@code --dense-mass}
   * @param model the model
   * @param data reads the model's data (after seeding)
   * @param <A> the data type
   * @return the finished run
   */
  static <A> McmcRun start(
      String example, McmcSettings s, KernelOptions base, Model<A> model, Supplier<A> data) {
    ParamStore.global().clear();
    Backend.seed(s.seed());
    A args = data.get();
    McmcKernel kernel = s.kernel(base);
    McmcRun run = new McmcRun(s, kernel);
    int total = run.mcmc.totalTransitions();
    String task = s.method() + " " + example;
    try (ProgressBar bar = ProgressBars.start(task, total)) {
      McmcProgress progress = new McmcProgress(bar, kernel, total);
      run.mcmc.onProgress(progress.andThen(run::mark));
      run.start = System.nanoTime();
      run.warmupEnd = run.start;
      run.mcmc.run(model, args);
      run.end = System.nanoTime();
    }
    return run;
  }

  private void mark(int done) {
    if (done == settings.warmup()) {
      warmupEnd = System.nanoTime();
    }
  }

  /**
   * The DJL engine the run used.
   *
   * @return the engine name
   */
  String engine() {
    return engine;
  }

  /**
   * The settings of the run.
   *
   * @return the settings
   */
  McmcSettings settings() {
    return settings;
  }

  /**
   * The runner, for its draws and diagnostics.
   *
   * @return the runner
   */
  MCMC mcmc() {
    return mcmc;
  }

  /**
   * The summary of every latent site, in site order.
   *
   * @return site name to summary
   */
  Map<String, SiteSummary> summary() {
    return mcmc.summary();
  }

  /**
   * Divergent post-warmup transitions over all chains.
   *
   * @return the count
   */
  long divergences() {
    Double d = mcmc.diagnostics().get("divergences");
    return d == null ? 0 : d.longValue();
  }

  /**
   * Prints Pyro's summary table ({@link MCMC#printSummary}).
   *
   * @param out where to print
   */
  void printSummary(PrintWriter out) {
    out.print(summaryText());
    out.flush();
  }

  /**
   * Pyro's summary table as text.
   *
   * @return the table {@link #printSummary} prints
   */
  String summaryText() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream ps = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      mcmc.printSummary(ps);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the trace, density and forest plots and the report when {@code --plots} was given.
   *
   * @param request the request
   * @param example the example name
   * @param sites site name to draws grouped by chain
   * @param exact element name to exact posterior density (may be empty)
   * @param out where the folder is announced
   */
  void plots(
      RunRequest request,
      String example,
      Map<String, Draws> sites,
      Map<String, DoubleUnaryOperator> exact,
      PrintWriter out) {
    if (request.plots() != null) {
      String title = settings.method() + " " + example;
      RunPlots.mcmc(request.plots(), title, sites, summaryText(), exact, out);
    }
  }

  /**
   * Prints {@code warmup W s + sampling S s = T s (NUTS, 4 chains, ...)}.
   *
   * @param out where to print
   */
  void printTimings(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%nwarmup %.1f s + sampling %.1f s = %.1f s   (%s, %d chain%s, %d warmup + %d samples, %s%s)%n",
        seconds(start, warmupEnd),
        seconds(warmupEnd, end),
        seconds(start, end),
        settings.method(),
        settings.chains(),
        settings.chains() == 1 ? "" : "s",
        settings.warmup(),
        settings.samples(),
        settings.denseMass() ? "dense mass, " : "",
        engine);
    out.flush();
  }

  private static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }

  /**
   * The total seconds of warmup and sampling.
   *
   * @return the seconds
   */
  double seconds() {
    return seconds(start, end);
  }

  /**
   * The JSON of {@code --json}: the run's settings and timings, {@code posterior} with one object
   * per site ({@link SummaryJson#site}: numbers for sites of shape {@code ()}, arrays for the
   * others), {@code divergences} and {@code per_chain} (one object per chain).
   *
   * @param example the example name
   * @param sites the sites to write, in order; latent sites of shape {@code ()} as numbers
   * @return the JSON object
   */
  ObjectNode json(String example, Map<String, SiteSummary> sites) {
    ObjectNode summary =
        SummaryJson.of(sites, scalarSites(), divergences(), mcmc.chainDiagnostics());
    ObjectNode root = JsonFile.object();
    root.put("example", example);
    root.put("method", settings.methodName());
    root.put("engine", engine);
    root.put("chains", settings.chains());
    root.put("warmup", settings.warmup());
    root.put("samples", settings.samples());
    root.put("seed", settings.seed());
    root.put("dense_mass", settings.denseMass());
    root.put("seconds", seconds());
    root.put("warmup_seconds", seconds(start, warmupEnd));
    root.put("sampling_seconds", seconds(warmupEnd, end));
    root.set("posterior", summary.get("posterior"));
    root.put("divergences", divergences());
    if (summary.has("chains")) {
      root.set("per_chain", summary.get("chains"));
    }
    return root;
  }

  private Set<String> scalarSites() {
    Set<String> scalars = new HashSet<>();
    for (String name : mcmc.potential().siteNames()) {
      if (mcmc.potential().siteShape(name).dimension() == 0) {
        scalars.add(name);
      }
    }
    return scalars;
  }
}
