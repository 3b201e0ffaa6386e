package dev.pyrite.examples;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.distributions.HalfCauchy;
import dev.pyrite.distributions.Normal;
import dev.pyrite.reparam.LocScaleReparam;
import dev.pyrite.reparam.ReparamHandler;
import dev.pyrite.spi.Model;
import java.util.List;
import java.util.Map;

/**
 * Eight schools (Rubin 1981; workload W6) on {@code eight_schools.csv}: {@code mu ~ Normal(0, 5)},
 * {@code tau ~ HalfCauchy(5)}, {@code theta ~ Normal(mu, tau)} in a plate of 8 schools, {@code obs
 * ~ Normal(theta, sigma)}. Non-centred, as Pyro's example, through {@link LocScaleReparam}: the
 * latent site becomes {@code theta_decentered ~ Normal(0, 1)} and {@code theta = mu + tau *
 * theta_decentered}.
 *
 * <pre>{@code
 * EightSchools.Data d = EightSchools.data();
 * MCMC mcmc = new MCMC(new NUTS(), 1000, 1000).numChains(4);
 * mcmc.run(EightSchools.model(false), d);
 * }</pre>
 */
public final class EightSchools {
  /** The number of schools. */
  public static final int SCHOOLS = 8;

  private EightSchools() {}

  /**
   * The data.
   *
   * @param y the treatment effect estimates {@code (8)}
   * @param sigma their standard errors {@code (8)}
   */
  public record Data(NDArray y, NDArray sigma) {}

  /**
   * The centred model.
   *
   * @return the model
   */
  public static Model<Data> centered() {
    return d -> {
      NDArray mu = sample("mu", new Normal(0, 5));
      NDArray tau = sample("tau", new HalfCauchy(5));
      try (Plate schools = plate("schools", SCHOOLS)) {
        NDArray theta = sample("theta", new Normal(mu, tau));
        sample("obs", new Normal(theta, d.sigma()), d.y());
      }
    };
  }

  /**
   * The model, centred or non-centred.
   *
   * @param centeredModel whether to keep the centred parameterisation
   * @return the centred model, or the model with {@code theta} decentred by {@link
   *     LocScaleReparam}(0)
   */
  public static Model<Data> model(boolean centeredModel) {
    return centeredModel
        ? centered()
        : ReparamHandler.reparam(centered(), Map.of("theta", new LocScaleReparam(0.0)));
  }

  /**
   * The data of {@code eight_schools.csv} (columns school, y, sigma) as float32 arrays.
   *
   * @return y and sigma
   */
  public static Data data() {
    List<double[]> rows = BenchData.csv("eight_schools.csv");
    if (rows.size() != SCHOOLS) {
      throw new IllegalStateException(
          "eight_schools.csv must have " + SCHOOLS + " rows, has " + rows.size());
    }
    float[] y = new float[SCHOOLS];
    float[] sigma = new float[SCHOOLS];
    for (int i = 0; i < SCHOOLS; i++) {
      y[i] = (float) rows.get(i)[1];
      sigma[i] = (float) rows.get(i)[2];
    }
    return new Data(Backend.manager().create(y), Backend.manager().create(sigma));
  }
}
