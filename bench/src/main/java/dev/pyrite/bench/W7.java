package dev.pyrite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.Scope;
import dev.pyrite.examples.BenchData;
import dev.pyrite.examples.LogisticRegression;
import dev.pyrite.mcmc.SiteSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * W7: Bayesian logistic regression on {@code logreg_n1000_d10} ({@link LogisticRegression}) with
 * NUTS, 500 warmup + 1000 samples, 1 chain. {@code rmse_w} compares the posterior mean of {@code w}
 * with the true weights of {@code logreg_n1000_d10_params.json}.
 *
 * <pre>{@code
 * Map<String, Object> f = new W7().run(1000, 500);
 * double rmse = (double) f.get("rmse_w");
 * }</pre>
 */
final class W7 implements Workload {
  private static final long SEED = 7;
  private static final String PARAMS = "logreg_n1000_d10_params.json";

  @Override
  public String id() {
    return "W7";
  }

  @Override
  public int defaultSteps() {
    return 1000;
  }

  @Override
  public int defaultWarmup() {
    return 500;
  }

  @Override
  public Map<String, Object> run(int steps) {
    return run(steps, defaultWarmup());
  }

  @Override
  public Map<String, Object> run(int steps, int warmup) {
    JsonNode truth = trueParams();
    try (Scope scope = Scope.open()) {
      McmcWorkload.Run r =
          McmcWorkload.nuts(
              LogisticRegression.MODEL, LogisticRegression.data(), 1, warmup, steps, SEED);
      Map<String, Object> f = r.figures();
      SiteSummary w = r.summary().get("w");
      SiteSummary b = r.summary().get("b");
      SummaryFigures.putEssAndRHat(f, r.summary(), r.wallSecondsTotal());
      f.put("ess_w", w.nEff());
      f.put("ess_b", b.nEff()[0]);
      f.put("posterior_mean_w", w.mean());
      f.put("posterior_sd_w", w.sd());
      f.put("posterior_mean_b", b.mean()[0]);
      f.put("posterior_sd_b", b.sd()[0]);
      double[] trueW = weights(truth.get("w"), w.size());
      f.put("true_w", trueW);
      f.put("true_b", truth.path("b").asDouble(Double.NaN));
      f.put("rmse_w", rmse(w.mean(), trueW));
      return f;
    }
  }

  private static JsonNode trueParams() {
    Path p = BenchData.path(PARAMS);
    try {
      return new ObjectMapper().readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }

  private static double[] weights(JsonNode w, int expected) {
    if (w == null || !w.isArray() || w.size() != expected) {
      throw new IllegalStateException(
          PARAMS + " must hold \"w\" as an array of " + expected + " numbers, has " + w);
    }
    double[] out = new double[expected];
    for (int j = 0; j < expected; j++) {
      out[j] = w.get(j).asDouble();
    }
    return out;
  }

  private static double rmse(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return Math.sqrt(s / a.length);
  }
}
