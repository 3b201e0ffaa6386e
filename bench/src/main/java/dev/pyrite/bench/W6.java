package dev.pyrite.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Scope;
import dev.pyrite.examples.EightSchools;
import dev.pyrite.mcmc.SiteSummary;
import dev.pyrite.mcmc.diagnostics.Draws;
import java.util.Map;

/**
 * W6: non-centred eight schools ({@link EightSchools#model}, {@code theta_decentered ~ Normal(0,
 * 1)}, {@code theta = mu + tau * theta_decentered}) with NUTS, target acceptance 0.8, 1000 warmup +
 * 1000 samples, 4 chains in lock step. ESS and R-hat are over the latent sites {@code mu}, {@code
 * tau} and {@code theta_decentered}; {@code theta} is reported in the original coordinates too.
 *
 * <pre>{@code
 * Map<String, Object> f = new W6().run(1000, 1000);
 * double minEssPerSecond = (double) f.get("ess_min_per_s_total");
 * }</pre>
 */
final class W6 implements Workload {
  private static final long SEED = 60;
  private static final int CHAINS = 4;

  @Override
  public String id() {
    return "W6";
  }

  @Override
  public int defaultSteps() {
    return 1000;
  }

  @Override
  public int defaultWarmup() {
    return 1000;
  }

  @Override
  public Map<String, Object> run(int steps) {
    return run(steps, defaultWarmup());
  }

  @Override
  public Map<String, Object> run(int steps, int warmup) {
    try (Scope scope = Scope.open()) {
      McmcWorkload.Run r =
          McmcWorkload.nuts(
              EightSchools.model(false), EightSchools.data(), CHAINS, warmup, steps, SEED);
      Map<String, Object> f = r.figures();
      SiteSummary mu = r.summary().get("mu");
      SiteSummary tau = r.summary().get("tau");
      f.put("ess_mu", mu.nEff()[0]);
      f.put("ess_tau", tau.nEff()[0]);
      SummaryFigures.putEssAndRHat(f, r.summary(), r.wallSecondsTotal());
      f.put("posterior_mean_mu", mu.mean()[0]);
      f.put("posterior_sd_mu", mu.sd()[0]);
      f.put("posterior_mean_tau", tau.mean()[0]);
      f.put("posterior_sd_tau", tau.sd()[0]);
      SiteSummary theta = theta(r.mcmc().samples(true));
      f.put("posterior_mean_theta", theta.mean());
      f.put("posterior_sd_theta", theta.sd());
      return f;
    }
  }

  /** The summary of {@code theta = mu + tau * theta_decentered}, from the draws by chain. */
  private static SiteSummary theta(Map<String, NDArray> byChain) {
    NDArray mu = byChain.get("mu").expandDims(-1);
    NDArray tau = byChain.get("tau").expandDims(-1);
    NDArray theta = mu.add(tau.mul(byChain.get("theta_decentered")));
    Shape s = theta.getShape();
    double[] values = theta.toType(DataType.FLOAT64, false).toDoubleArray();
    return SiteSummary.of(Draws.of(values, (int) s.get(0), (int) s.get(1), (int) s.get(2)));
  }
}
