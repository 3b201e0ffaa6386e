package dev.pyrite.examples;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Bijections;
import dev.pyrite.ParamStore;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.autoguide.AutoNormal;
import dev.pyrite.distributions.InverseGamma;
import dev.pyrite.distributions.Normal;
import dev.pyrite.optim.Adam;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.Model;
import dev.pyrite.spi.Transform;
import dev.pyrite.svi.SVI;
import dev.pyrite.svi.TraceElbo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The seed notebook's Bayesian linear regression on {@code linreg_d100_n100} (100 rows, 100
 * features, 50 true coefficients of about +-5 and 50 zeros, noise sd 0.5): {@code beta ~ Normal(0,
 * 10)} expanded to 100 as one event, {@code sigmaSq ~ InverseGamma(0.1, 0.1)}, {@code y ~ Normal(X
 * beta, sqrt(sigmaSq))} in a plate of 100 rows, optionally subsampled. Fitted with SVI, {@link
 * AutoNormal} initialised as Pyro's (to zero in unconstrained space) and Adam.
 *
 * <pre>{@code
 * Result full = LinearRegression.run(Settings.defaults(null), i -> {});
 * Result sub = LinearRegression.run(Settings.defaults(20), i -> {});
 * System.out.println(full.rmseBeta() + " " + sub.rmseBeta()); // about 0.4 and 0.9
 * }</pre>
 */
public final class LinearRegression {
  /** Rows of the data set. */
  public static final int ROWS = 100;

  /** Features (coefficients). */
  public static final int FEATURES = 100;

  private LinearRegression() {}

  /**
   * The data.
   *
   * @param x the design matrix, {@code (rows, features)}
   * @param y the responses, {@code (rows)}
   */
  public record Data(NDArray x, NDArray y) {}

  /**
   * How to fit.
   *
   * @param steps SVI steps
   * @param lr the Adam learning rate
   * @param subsample rows per step, or {@code null} for the full batch
   * @param seed the seed
   */
  public record Settings(int steps, double lr, Integer subsample, long seed) {
    /**
     * The seed notebook's settings: Adam(0.05), 5000 steps, seed 0.
     *
     * @param subsample rows per step, or {@code null} for the full batch
     * @return the settings
     */
    public static Settings defaults(Integer subsample) {
      return new Settings(5000, 0.05, subsample, 0);
    }
  }

  /**
   * What a fit found.
   *
   * @param settings the settings used
   * @param engine the DJL engine
   * @param seconds wall time of the fit
   * @param rmseBeta the RMSE of the guide's posterior mean of beta against the true beta
   * @param sigmaSqMedian the guide's posterior median of sigmaSq
   * @param betaMean the posterior mean of beta
   * @param losses the loss (negative ELBO estimate) of every step
   */
  public record Result(
      Settings settings,
      String engine,
      double seconds,
      double rmseBeta,
      double sigmaSqMedian,
      double[] betaMean,
      double[] losses) {}

  /**
   * The model; {@code subsample} rows of the plate are drawn on each run.
   *
   * @param subsample rows per run, {@link #ROWS} for all
   * @return the model
   */
  public static Model<Data> model(long subsample) {
    return d -> {
      NDArray beta = sample("beta", new Normal(0, 10).expand(new Shape(FEATURES)).toEvent(1));
      NDArray sigmaSq = sample("sigma_sq", new InverseGamma(0.1, 0.1));
      try (Plate rows = plate("data", d.y().size(0), subsample)) {
        NDArray x = rows.subsample(d.x(), 0);
        NDArray y = rows.subsample(d.y(), 0);
        sample("y", new Normal(x.matMul(beta), sigmaSq.sqrt()), y);
      }
    };
  }

  /**
   * The data set as float32 arrays.
   *
   * @return X and y
   */
  public static Data data() {
    List<double[]> rows = csv("linreg_d100_n100.csv");
    float[] x = new float[ROWS * FEATURES];
    float[] y = new float[ROWS];
    for (int i = 0; i < ROWS; i++) {
      double[] r = rows.get(i);
      y[i] = (float) r[0];
      for (int j = 0; j < FEATURES; j++) {
        x[i * FEATURES + j] = (float) r[j + 1];
      }
    }
    return new Data(
        Backend.manager().create(x, new Shape(ROWS, FEATURES)), Backend.manager().create(y));
  }

  /**
   * The coefficients the data were generated with.
   *
   * @return 100 values
   */
  public static double[] trueBeta() {
    return csv("linreg_d100_n100_beta.csv").stream().mapToDouble(r -> r[1]).toArray();
  }

  /**
   * Fits the model with SVI and AutoNormal in a param store of its own.
   *
   * @param s the settings
   * @param progress called with the number of finished steps
   * @return the posterior figures
   */
  public static Result run(Settings s, IntConsumer progress) {
    Backend.seed(s.seed());
    ParamStore store = new ParamStore();
    Data d = data();
    try (ParamStore.Use u = ParamStore.use(store)) {
      Model<Data> model = model(s.subsample() == null ? ROWS : s.subsample());
      AutoNormal<Data> guide =
          new AutoNormal<>(model, AutoGuideOptions.defaults().withInit(initToFeasible()));
      SVI<Data> svi = new SVI<>(model, guide, new Adam(s.lr()), new TraceElbo());
      long start = System.nanoTime();
      double[] losses = new double[s.steps()];
      for (int i = 0; i < s.steps(); i++) {
        losses[i] = svi.step(d);
        progress.accept(i + 1);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      try (Scope scope = Scope.open()) {
        // beta's guide is normal on the real line: its median is its posterior mean
        Map<String, NDArray> median = guide.median(d);
        double[] beta = doubles(median.get("beta"));
        double sigmaSq = doubles(median.get("sigma_sq"))[0];
        return new Result(
            s,
            Backend.engine().getEngineName(),
            seconds,
            rmse(beta, trueBeta()),
            sigmaSq,
            beta,
            losses);
      }
    } finally {
      store.clear();
      d.x().close();
      d.y().close();
    }
  }

  /**
   * Pyro's {@code init_to_feasible}, the default of Pyro's {@code AutoNormal}: zero in
   * unconstrained space ({@code beta = 0}, {@code sigmaSq = 1}). The result depends on it: started
   * from the prior median of {@code sigmaSq} (about 170), 5000 steps end near an RMSE of 0.84.
   */
  private static InitStrategy initToFeasible() {
    return site -> {
      Transform t = Bijections.bijectTo(site.fn().support());
      return t.forward(t.inverse(site.fn().sample(new Shape())).zerosLike());
    };
  }

  private static double[] doubles(NDArray a) {
    return a.toType(DataType.FLOAT64, false).toDoubleArray();
  }

  private static double rmse(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(sum / a.length);
  }

  private static List<double[]> csv(String resource) {
    try (InputStream in = LinearRegression.class.getResourceAsStream(resource)) {
      return CsvTable.read(resource, in).rows();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
