package dev.pyrite.bench;

import dev.pyrite.Scope;
import dev.pyrite.examples.BetaBernoulli;
import dev.pyrite.mcmc.SiteSummary;
import java.util.Map;

/**
 * W3: the Beta-Bernoulli model of W1 with NUTS, 500 warmup + 5000 samples, 1 chain (the settings of
 * {@link BetaBernoulli.Settings#nuts()}). The exact posterior is Beta(70, 32).
 *
 * <pre>{@code
 * Map<String, Object> f = new W3().run(5000, 500);
 * double essPerSecond = (double) f.get("ess_p_per_s_total");
 * }</pre>
 */
final class W3 implements Workload {
  private static final long SEED = 3;

  @Override
  public String id() {
    return "W3";
  }

  @Override
  public int defaultSteps() {
    return BetaBernoulli.Settings.nuts().steps();
  }

  @Override
  public int defaultWarmup() {
    return BetaBernoulli.WARMUP;
  }

  @Override
  public Map<String, Object> run(int steps) {
    return run(steps, defaultWarmup());
  }

  @Override
  public Map<String, Object> run(int steps, int warmup) {
    try (Scope scope = Scope.open()) {
      McmcWorkload.Run r =
          McmcWorkload.nuts(BetaBernoulli.MODEL, BetaBernoulli.data(), 1, warmup, steps, SEED);
      Map<String, Object> f = r.figures();
      SiteSummary p = r.summary().get("p");
      f.put("ess_p", p.nEff()[0]);
      f.put("ess_p_per_s_total", p.nEff()[0] / r.wallSecondsTotal());
      f.put("ess_p_per_s_sampling", p.nEff()[0] / (double) f.get("wall_s_sampling"));
      f.put("r_hat_p", p.rHat()[0]);
      f.put("posterior_mean_p", p.mean()[0]);
      f.put("posterior_sd_p", p.sd()[0]);
      f.put("exact_mean_p", BetaBernoulli.EXACT_MEAN);
      f.put("exact_sd_p", BetaBernoulli.EXACT_SD);
      return f;
    }
  }
}
