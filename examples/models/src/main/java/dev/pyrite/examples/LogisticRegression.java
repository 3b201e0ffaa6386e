package dev.pyrite.examples;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Normal;
import dev.pyrite.spi.Model;
import java.util.List;

/**
 * Bayesian logistic regression (workload W7) on {@code logreg_n1000_d10.csv}: {@code w ~ Normal(0,
 * 1)} expanded to 10 as one event, {@code b ~ Normal(0, 1)}, {@code y ~ Bernoulli(logits = X w +
 * b)} in a plate of 1000 rows. The linear predictor is written as {@code sum(X * w, -1)} so that it
 * broadcasts over a leading chain dim.
 *
 * <pre>{@code
 * LogisticRegression.Data d = LogisticRegression.data();
 * MCMC mcmc = new MCMC(new NUTS(), 1000, 500);
 * mcmc.run(LogisticRegression.MODEL, d);
 * }</pre>
 */
public final class LogisticRegression {
  /** Rows of the data set. */
  public static final int ROWS = 1000;

  /** Features (weights). */
  public static final int FEATURES = 10;

  /** The model. */
  public static final Model<Data> MODEL =
      d -> {
        NDArray w = sample("w", new Normal(0, 1).expand(new Shape(FEATURES)).toEvent(1));
        NDArray b = sample("b", new Normal(0, 1));
        try (Plate rows = plate("data", ROWS)) {
          NDArray logits = d.x().mul(w).sum(new int[] {-1}).add(b);
          sample("y", Bernoulli.withLogits(logits), d.y());
        }
      };

  private LogisticRegression() {}

  /**
   * The data.
   *
   * @param x the design matrix {@code (1000, 10)}
   * @param y the 0/1 outcomes {@code (1000)}
   */
  public record Data(NDArray x, NDArray y) {}

  /**
   * The data set as float32 arrays.
   *
   * @return X and y
   */
  public static Data data() {
    List<double[]> rows = BenchData.csv("logreg_n1000_d10.csv");
    if (rows.size() != ROWS) {
      throw new IllegalStateException(
          "logreg_n1000_d10.csv must have " + ROWS + " rows, has " + rows.size());
    }
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
}
