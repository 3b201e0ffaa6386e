package dev.pyrite.runtime.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pyrite.examples.BetaBernoulli;
import dev.pyrite.examples.BetaBernoulli.Result;
import dev.pyrite.examples.BetaBernoulli.Settings;
import dev.pyrite.mcmc.SiteSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import me.tongfei.progressbar.ProgressBar;

/**
 * {@code pyrite run beta-bernoulli}: fits the seed model with SVI, HMC or NUTS, shows a progress
 * bar (MCMC: warmup and sampling transitions), prints the posterior of p beside the exact Beta(70,
 * 32), and optionally writes JSON (MCMC adds quantiles, n_eff, r_hat and divergences).
 */
final class BetaBernoulliExecutor implements RunExecutor {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public int run(RunRequest request, PrintWriter out, PrintWriter err) {
    Settings settings = settings(request);
    String task = settings.method().toUpperCase(java.util.Locale.ROOT) + " beta-bernoulli";
    Result result;
    int total = settings.steps() + (settings.isMcmc() ? BetaBernoulli.WARMUP : 0);
    try (ProgressBar bar = ProgressBars.start(task, total)) {
      result = BetaBernoulli.run(settings, bar::stepTo);
    }
    out.printf(
        "posterior p: mean %.4f  sd %.4f   (%s, %s, %d steps, %.1f s)%n",
        result.mean(),
        result.sd(),
        describe(settings),
        result.engine(),
        settings.steps(),
        result.seconds());
    out.printf(
        "exact     p: mean %.4f  sd %.4f   (Beta(70, 32))%n",
        BetaBernoulli.EXACT_MEAN, BetaBernoulli.EXACT_SD);
    out.flush();
    if (request.json() != null) {
      write(request.json(), json(result));
    }
    return 0;
  }

  static Settings settings(RunRequest r) {
    Settings d =
        switch (r.method()) {
          case HMC -> Settings.hmc();
          case NUTS -> Settings.nuts();
          case SVI -> Settings.svi(r.guide());
        };
    if (r.method() != Method.SVI && r.guide() != null) {
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
        ? s.method().toUpperCase(java.util.Locale.ROOT)
        : "SVI with " + (s.guide() == null ? "Beta guide" : s.guide());
  }

  static ObjectNode json(Result r) {
    Settings s = r.settings();
    ObjectNode root = JSON.createObjectNode();
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

  /** Writes through a temporary file and a move, so a failure never leaves a half-written file. */
  static void write(Path target, ObjectNode node) {
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".pyrite-", ".json");
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), node);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
