package dev.pyrite.runtime.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pyrite.Scope;
import dev.pyrite.examples.BetaBernoulli;
import dev.pyrite.examples.BetaBernoulli.Result;
import dev.pyrite.examples.BetaBernoulli.Settings;
import dev.pyrite.mcmc.SiteSummary;
import dev.pyrite.spi.KernelOptions;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * {@code pyrite run beta-bernoulli}: fits the seed model with SVI, HMC or NUTS, shows a progress
 * bar (MCMC: warmup and sampling transitions, with Pyro's step size / acceptance / divergences
 * postfix), prints the posterior of p beside the exact Beta(70, 32) (MCMC: after Pyro's summary
 * table), and optionally writes JSON (MCMC adds quantiles, n_eff, r_hat, divergences, warmup and
 * chains). MCMC defaults: 500 warmup transitions, 1 chain, 1000 (HMC) or 5000 (NUTS) samples.
 */
final class BetaBernoulliExecutor implements RunExecutor {
  /** The example's name. */
  static final String NAME = "beta-bernoulli";

  /** The exact posterior of p, Beta(70, 32), drawn over the density plot. */
  private static final BetaDistribution EXACT = new BetaDistribution(null, 70, 32);

  @Override
  public void check(RunRequest request) {
    request.rejectCentered();
    Settings settings = settings(request);
    if (settings.isMcmc()) {
      mcmcSettings(request, settings);
    } else {
      request.mcmc().requireUnset(NAME + " --method svi counts SVI steps with --steps");
      PluginNames.requireGuide(settings.guide());
    }
  }

  @Override
  public int run(RunRequest request, PrintWriter out, PrintWriter err) {
    check(request);
    Settings settings = settings(request);
    if (settings.isMcmc()) {
      return mcmc(request, settings, out);
    }
    Result result;
    try (ProgressBar bar = ProgressBars.start("SVI " + NAME, settings.steps())) {
      result = BetaBernoulli.run(settings, bar::stepTo);
    }
    String text = posterior(result, settings.steps() + " steps");
    out.print(text);
    out.flush();
    if (request.json() != null) {
      JsonFile.write(request.json(), json(result));
    }
    if (request.plots() != null) {
      RunPlots.svi(request.plots(), "SVI " + NAME, result.losses(), text, out);
    }
    return 0;
  }

  private static int mcmc(RunRequest request, Settings settings, PrintWriter out) {
    McmcSettings m = mcmcSettings(request, settings);
    KernelOptions options =
        m.method() == Method.HMC
            ? KernelOptions.defaults().withTrajectoryLength(1.0)
            : KernelOptions.defaults();
    try (Scope s = Scope.open()) {
      McmcRun run = McmcRun.start(NAME, m, options, BetaBernoulli.MODEL, BetaBernoulli::data);
      SiteSummary p = run.summary().get("p");
      Settings used = new Settings(settings.method(), null, m.samples(), 0, 1, settings.seed());
      Result result =
          new Result(
              used, run.engine(), run.seconds(), p.mean()[0], p.sd()[0], p, run.divergences());
      run.printSummary(out);
      out.println();
      out.print(posterior(result, m.warmup() + " warmup + " + m.samples() + " samples"));
      out.flush();
      if (request.json() != null) {
        ObjectNode json = json(result);
        json.put("warmup", m.warmup());
        json.put("chains", m.chains());
        json.put("dense_mass", m.denseMass());
        JsonFile.write(request.json(), json);
      }
      run.plots(
          request,
          NAME,
          RunPlots.draws(run.mcmc().samples(true)),
          Map.of("p", EXACT::density),
          out);
    }
    return 0;
  }

  private static McmcSettings mcmcSettings(RunRequest request, Settings settings) {
    return McmcSettings.of(
        request, NAME, new McmcSettings.Defaults(BetaBernoulli.WARMUP, settings.steps(), 1));
  }

  private static String posterior(Result result, String size) {
    return String.format(
            "posterior p: mean %.4f  sd %.4f   (%s, %s, %s, %.1f s)%n",
            result.mean(),
            result.sd(),
            describe(result.settings()),
            result.engine(),
            size,
            result.seconds())
        + String.format(
            "exact     p: mean %.4f  sd %.4f   (Beta(70, 32))%n",
            BetaBernoulli.EXACT_MEAN, BetaBernoulli.EXACT_SD);
  }

  static Settings settings(RunRequest r) {
    Method method = r.methodOr(Method.SVI);
    Settings d =
        switch (method) {
          case HMC -> Settings.hmc();
          case NUTS -> Settings.nuts();
          case SVI -> Settings.svi(r.guide());
        };
    if (method != Method.SVI && r.guide() != null) {
      throw new IllegalArgumentException("--guide applies to --method svi only");
    }
    return new Settings(
        d.method(),
        d.guide(),
        r.steps() != null ? r.steps() : d.steps(),
        r.lr() != null ? r.lr() : d.lr(),
        r.particles() != null ? r.particles() : d.particles(),
        r.seed());
  }

  private static String describe(Settings s) {
    return s.isMcmc()
        ? s.method().toUpperCase(Locale.ROOT)
        : "SVI with " + (s.guide() == null ? "Beta guide" : s.guide());
  }

  static ObjectNode json(Result r) {
    Settings s = r.settings();
    ObjectNode root = JsonFile.object();
    root.put("method", s.method());
    root.put("guide", s.guide() == null ? (s.method().equals("svi") ? "Beta" : null) : s.guide());
    root.put("engine", r.engine());
    root.put("steps", s.steps());
    root.put("seed", s.seed());
    root.put("seconds", r.seconds());
    ObjectNode p = root.putObject("posterior").putObject("p");
    p.put("mean", r.mean());
    p.put("sd", r.sd());
    if (r.summary() != null) {
      SiteSummary q = r.summary();
      p.put("q05", q.q05()[0]);
      p.put("q50", q.q50()[0]);
      p.put("q95", q.q95()[0]);
      p.put("n_eff", q.nEff()[0]);
      p.put("r_hat", q.rHat()[0]);
      root.put("divergences", r.divergences());
    }
    ObjectNode e = root.putObject("exact").putObject("p");
    e.put("mean", BetaBernoulli.EXACT_MEAN);
    e.put("sd", BetaBernoulli.EXACT_SD);
    return root;
  }
}
