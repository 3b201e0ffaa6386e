package dev.pyrite.runtime.cli;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pyrite.Scope;
import dev.pyrite.examples.EightSchools;
import dev.pyrite.mcmc.SiteSummary;
import dev.pyrite.mcmc.diagnostics.Draws;
import dev.pyrite.spi.KernelOptions;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code pyrite run eight-schools [--centered] [--method nuts|hmc]} (workload W6): NUTS (default)
 * or HMC on eight schools, non-centred by default ({@code theta_decentered}, through {@code
 * LocScaleReparam}). Prints Pyro's summary table and, when non-centred, {@code theta = mu + tau *
 * theta_decentered} in the original coordinates, computed draw by draw and summarised with the same
 * diagnostics; the JSON's {@code posterior} holds {@code mu}, {@code tau}, {@code theta} and, when
 * non-centred, {@code theta_decentered}. Defaults: 1000 warmup + 1000 samples, 4 chains.
 */
final class EightSchoolsExecutor implements RunExecutor {
  /** The example's name. */
  static final String NAME = "eight-schools";

  /** W6: 1000 warmup transitions and 1000 samples on 4 chains. */
  static final McmcSettings.Defaults DEFAULTS = new McmcSettings.Defaults(1000, 1000, 4);

  private static final String DECENTERED = "theta_decentered";

  /** The Jvm engine: fastest for this small model in the bench (see {@code bench/README.md}). */
  @Override
  public String preferredEngine() {
    return "Jvm";
  }

  @Override
  public void check(RunRequest request) {
    McmcSettings.of(request, NAME, DEFAULTS);
  }

  @Override
  public int run(RunRequest request, PrintWriter out, PrintWriter err) {
    McmcSettings settings = McmcSettings.of(request, NAME, DEFAULTS);
    boolean centered = request.centered();
    try (Scope s = Scope.open()) {
      McmcRun run =
          McmcRun.start(
              NAME,
              settings,
              KernelOptions.defaults(),
              EightSchools.model(centered),
              EightSchools::data);
      Map<String, SiteSummary> latent = run.summary();
      run.printSummary(out);
      Map<String, SiteSummary> sites = new LinkedHashMap<>(latent);
      Map<String, NDArray> byChain = run.mcmc().samples(true);
      Map<String, Draws> draws = RunPlots.draws(byChain);
      if (!centered) {
        Draws thetaDraws = theta(byChain);
        draws.put("theta", thetaDraws);
        SiteSummary theta = SiteSummary.of(thetaDraws);
        out.printf("%ntheta in the original coordinates (mu + tau * %s, per draw):%n", DECENTERED);
        SummaryRows.print(out, "theta", theta, SummaryRows.width(latent));
        sites.put("theta", theta);
      }
      run.printTimings(out);
      if (request.json() != null) {
        ObjectNode json = run.json(NAME, sites);
        json.put("centered", centered);
        JsonFile.write(request.json(), json);
      }
      run.plots(request, NAME, draws, Map.of(), out);
    }
    return 0;
  }

  /**
   * The draws of theta in the original coordinates from the non-centred draws.
   *
   * @param byChain site name to draws grouped by chain: {@code mu}, {@code tau} {@code (chains,
   *     draws)} and {@code theta_decentered} {@code (chains, draws, 8)}
   * @return theta's draws {@code (chains, draws, 8)}
   */
  static Draws theta(Map<String, NDArray> byChain) {
    NDArray decentered = byChain.get(DECENTERED);
    int chains = (int) decentered.getShape().get(0);
    int draws = (int) decentered.getShape().get(1);
    return theta(
        doubles(byChain.get("mu")),
        doubles(byChain.get("tau")),
        doubles(decentered),
        chains,
        draws);
  }

  /**
   * {@code theta[c, t, j] = mu[c, t] + tau[c, t] * decentered[c, t, j]}, draw by draw.
   *
   * @param mu row-major {@code (chains, draws)}
   * @param tau row-major {@code (chains, draws)}
   * @param decentered row-major {@code (chains, draws, schools)}
   * @param chains the number of chains
   * @param draws draws per chain
   * @return theta's draws {@code (chains, draws, schools)}
   */
  static Draws theta(double[] mu, double[] tau, double[] decentered, int chains, int draws) {
    int n = chains * draws;
    if (mu.length != n || tau.length != n || decentered.length % n != 0) {
      throw new IllegalArgumentException(
          "mu, tau and "
              + DECENTERED
              + " must hold "
              + n
              + " draws, got "
              + mu.length
              + ", "
              + tau.length
              + " and "
              + decentered.length
              + " values");
    }
    int schools = decentered.length / n;
    double[] theta = new double[decentered.length];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < schools; j++) {
        theta[i * schools + j] = mu[i] + tau[i] * decentered[i * schools + j];
      }
    }
    return Draws.of(theta, chains, draws, schools);
  }

  private static double[] doubles(NDArray a) {
    return a.toType(DataType.FLOAT64, false).toDoubleArray();
  }
}
