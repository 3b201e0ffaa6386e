package dev.pyrite.examples;

import static dev.pyrite.Pyrite.param;
import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.Plate;
import dev.pyrite.PluginRegistry;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Beta;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.mcmc.MCMC;
import dev.pyrite.mcmc.SiteSummary;
import dev.pyrite.optim.Adam;
import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.KernelOptions;
import dev.pyrite.spi.McmcKernelProvider;
import dev.pyrite.spi.Model;
import dev.pyrite.svi.SVI;
import dev.pyrite.svi.TraceElbo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.IntConsumer;

/**
 * The seed example: {@code p ~ Beta(1, 1)} and 100 coin flips ({@code bernoulli100.csv}, 69 heads)
 * in a plate. The exact posterior is Beta(70, 32).
 *
 * <pre>{@code
 * Result r = BetaBernoulli.run(Settings.svi("AutoDiagonalNormal"), i -> {});
 * }</pre>
 */
public final class BetaBernoulli {
  /** The exact posterior mean, 70/102. */
  public static final double EXACT_MEAN = 70.0 / 102.0;

  /** The exact posterior sd of Beta(70, 32). */
  public static final double EXACT_SD = Math.sqrt(70.0 * 32.0 / (102.0 * 102.0 * 103.0));

  /** The model. */
  public static final Model<NDArray> MODEL =
      x -> {
        NDArray p = sample("p", new Beta(1, 1));
        try (Plate data = plate("data", x.size(0))) {
          sample("x", new Bernoulli(p), x);
        }
      };

  /** The hand-written guide: Beta(a, b) with positive params initialised at 1. */
  public static final Model<NDArray> BETA_GUIDE =
      x -> {
        NDArray a = param("a", 1.0, Constraints.positive());
        NDArray b = param("b", 1.0, Constraints.positive());
        sample("p", new Beta(a, b));
      };

  private BetaBernoulli() {}

  /**
   * How to run the example.
   *
   * @param method {@code "svi"}, {@code "hmc"} or {@code "nuts"}
   * @param guide an autoguide name, or {@code null} for the Beta guide (SVI only)
   * @param steps SVI steps, or MCMC samples (after 500 warmup transitions)
   * @param lr the Adam learning rate (SVI)
   * @param particles ELBO particles (SVI)
   * @param seed the seed
   */
  public record Settings(
      String method, String guide, int steps, double lr, int particles, long seed) {
    /**
     * The seed notebook's SVI settings: the Beta guide with Adam(0.05), 3000 steps, 10 particles;
     * or, for an autoguide, Adam(0.01), 2000 steps, 1 particle.
     *
     * @param guide an autoguide name or {@code null}
     * @return the settings
     */
    public static Settings svi(String guide) {
      return guide == null
          ? new Settings("svi", null, 3000, 0.05, 10, 0)
          : new Settings("svi", guide, 2000, 0.01, 1, 0);
    }

    /**
     * HMC with 500 warmup steps and 1000 samples.
     *
     * @return the settings
     */
    public static Settings hmc() {
      return new Settings("hmc", null, 1000, 0, 1, 0);
    }

    /**
     * NUTS with 500 warmup steps and 5000 samples (workload W3).
     *
     * @return the settings
     */
    public static Settings nuts() {
      return new Settings("nuts", null, 5000, 0, 1, 0);
    }

    /**
     * Whether the method is an MCMC kernel.
     *
     * @return true for HMC and NUTS
     */
    public boolean isMcmc() {
      return method.equals("hmc") || method.equals("nuts");
    }
  }

  /**
   * What a run found.
   *
   * @param settings the settings used
   * @param engine the DJL engine
   * @param seconds wall time of the inference
   * @param mean the posterior mean of p
   * @param sd the posterior sd of p
   * @param summary the MCMC summary of p (quantiles, n_eff, r_hat), or {@code null} for SVI
   * @param divergences divergent post-warmup transitions (0 for SVI)
   * @param losses the loss (negative ELBO estimate) of every SVI step; empty for MCMC
   */
  public record Result(
      Settings settings,
      String engine,
      double seconds,
      double mean,
      double sd,
      SiteSummary summary,
      long divergences,
      double[] losses) {
    /**
     * A result without a loss history (MCMC).
     *
     * @param settings the settings used
     * @param engine the DJL engine
     * @param seconds wall time of the inference
     * @param mean the posterior mean of p
     * @param sd the posterior sd of p
     * @param summary the MCMC summary of p, or {@code null}
     * @param divergences divergent post-warmup transitions
     */
    public Result(
        Settings settings,
        String engine,
        double seconds,
        double mean,
        double sd,
        SiteSummary summary,
        long divergences) {
      this(settings, engine, seconds, mean, sd, summary, divergences, new double[0]);
    }
  }

  /** The number of warmup transitions of the MCMC methods. */
  public static final int WARMUP = 500;

  /**
   * The 100 observations as a float32 array.
   *
   * @return the data
   */
  public static NDArray data() {
    double[] values;
    try (InputStream in = BetaBernoulli.class.getResourceAsStream("bernoulli100.csv")) {
      values = CsvTable.read("bernoulli100.csv", in).requireRows(100).column("x");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    float[] x = new float[values.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) values[i];
    }
    return Backend.manager().create(x);
  }

  /**
   * Runs the example.
   *
   * @param s the settings
   * @param progress called with the number of finished steps
   * @return the posterior figures
   */
  public static Result run(Settings s, IntConsumer progress) {
    ParamStore.global().clear();
    Backend.seed(s.seed());
    NDArray x = data();
    long start = System.nanoTime();
    String engine = Backend.engine().getEngineName();
    if (s.isMcmc()) {
      MCMC mcmc = mcmc(s, x, progress);
      double seconds = (System.nanoTime() - start) / 1e9;
      SiteSummary p = mcmc.summary().get("p");
      Double divergences = mcmc.diagnostics().get("divergences");
      return new Result(
          s,
          engine,
          seconds,
          p.mean()[0],
          p.sd()[0],
          p,
          divergences == null ? 0 : divergences.longValue());
    }
    double[] losses = new double[s.steps()];
    double[] moments = svi(s, x, progress, losses);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(s, engine, seconds, moments[0], moments[1], null, 0, losses);
  }

  private static double[] moments(NDArray draws) {
    NDArray p = draws.toType(DataType.FLOAT64, false);
    double mean = p.mean().getDouble();
    return new double[] {mean, p.sub(mean).square().mean().sqrt().getDouble()};
  }

  /** Fits with SVI; the posterior moments are exact for the Beta guide, else from 5000 draws. */
  private static double[] svi(Settings s, NDArray x, IntConsumer progress, double[] losses) {
    AutoGuide<NDArray> auto =
        s.guide() == null
            ? null
            : PluginRegistry.get()
                .find(AutoGuideProvider.class, s.guide())
                .create(MODEL, AutoGuideOptions.defaults());
    Model<NDArray> guide = auto == null ? BETA_GUIDE : auto;
    SVI<NDArray> svi = new SVI<>(MODEL, guide, new Adam(s.lr()), new TraceElbo(s.particles()));
    for (int i = 0; i < s.steps(); i++) {
      losses[i] = svi.step(x);
      progress.accept(i + 1);
    }
    if (auto != null) {
      return moments(auto.samplePosterior(x, 5000).get("p"));
    }
    Beta q = new Beta(ParamStore.global().constrained("a"), ParamStore.global().constrained("b"));
    return new double[] {
      q.mean().toType(DataType.FLOAT64, false).getDouble(),
      q.stddev().toType(DataType.FLOAT64, false).getDouble()
    };
  }

  private static MCMC mcmc(Settings s, NDArray x, IntConsumer progress) {
    KernelOptions options = KernelOptions.defaults();
    String kernel = "nuts".equals(s.method()) ? "NUTS" : "HMC";
    if (kernel.equals("HMC")) {
      options = options.withTrajectoryLength(1.0);
    }
    MCMC mcmc =
        new MCMC(
                PluginRegistry.get().find(McmcKernelProvider.class, kernel).create(options),
                s.steps(),
                WARMUP)
            .onProgress(progress);
    mcmc.run(MODEL, x);
    return mcmc;
  }
}
