package dev.pyrite.mcmc;

import static dev.pyrite.Pyrite.param;
import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Gamma;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.spi.Model;
import dev.pyrite.spi.PotentialFunction.EnergyAndGradient;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The potential energy of a model and its gradient against hand-computed values. */
class ModelPotentialTest {
  private static final double[] Y = {0.3, -1.2, 2.5, 0.8, 1.1, -0.4};

  /** mu ~ N(0, 2); sigma ~ Gamma(2, 1); theta_j ~ N(mu, sigma), j < 3; y_i ~ N(mu, sigma). */
  private static Model<NDArray> hierarchical() {
    return y -> {
      NDArray mu = sample("mu", new Normal(0, 2));
      NDArray sigma = sample("sigma", new Gamma(2, 1));
      try (Plate g = plate("groups", 3)) {
        sample("theta", new Normal(mu, sigma));
      }
      try (Plate data = plate("data", y.size(0))) {
        sample("y", new Normal(mu, sigma), y);
      }
    };
  }

  /** The energy of {@link #hierarchical()} in plain Java: z = (mu, log sigma, theta_0..2). */
  private static double hierarchicalEnergy(double[] z) {
    double mu = z[0];
    double sigma = Math.exp(z[1]);
    double logp = logNormal(mu, 0, 2) + Math.log(sigma) - sigma + z[1];
    for (int j = 0; j < 3; j++) {
      logp += logNormal(z[2 + j], mu, sigma);
    }
    for (double y : Y) {
      logp += logNormal(y, mu, sigma);
    }
    return -logp;
  }

  private static double logNormal(double x, double loc, double scale) {
    double u = (x - loc) / scale;
    return -0.5 * u * u - Math.log(scale) - 0.5 * Math.log(2 * Math.PI);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void betaBernoulliEnergyAndGradientMatchClosedForm(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDArray x = Backend.manager().create(new float[] {1, 0, 1, 1, 0});
      ModelPotential u =
          new ModelPotential(Models.betaBernoulli(), x, InitStrategies.initToUniform(), 3);
      assertEquals(1, u.dimension());
      double[] z = {-0.5, 0.3, 1.2};
      double[] energy = new double[3];
      double[] grad = new double[3];
      for (int c = 0; c < 3; c++) {
        // U = -(k + 1) log p - (n - k + 1) log(1 - p) with k = 3, n = 5 (prior and Jacobian folded
        // in)
        double p = 1 / (1 + Math.exp(-z[c]));
        energy[c] = -4 * Math.log(p) - 3 * Math.log(1 - p);
        grad[c] = -4 * (1 - p) + 3 * p;
      }
      NDArray zz = Backend.manager().create(new float[] {-0.5f, 0.3f, 1.2f}, new Shape(3, 1));
      EnergyAndGradient eg = u.energyAndGradient(zz);
      assertClose(eg.energy(), energy, new Shape(3), 1e-5, 1e-5);
      assertClose(eg.gradient(), grad, new Shape(3, 1), 1e-5, 1e-5);
      assertClose(u.energy(zz), energy, new Shape(3), 1e-5, 1e-5);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void gradientMatchesCentralDifferencesInFloat64(String engine) {
    Engines.use(engine, 0);
    Backend.setDtype(DataType.FLOAT64);
    try (Scope s = Scope.open()) {
      NDArray y = Backend.manager().create(Y);
      ModelPotential u = new ModelPotential(hierarchical(), y, InitStrategies.initToUniform(), 2);
      assertEquals(5, u.dimension());
      assertEquals(1, u.maxPlateNesting());
      double[][] rows = {{0.4, -0.3, 0.1, -0.7, 1.3}, {-1.1, 0.6, 0.9, 0.2, -0.5}};
      NDArray z = Backend.manager().create(flatten(rows), new Shape(2, 5));
      EnergyAndGradient eg = u.energyAndGradient(z);
      assertClose(
          eg.energy(),
          new double[] {hierarchicalEnergy(rows[0]), hierarchicalEnergy(rows[1])},
          new Shape(2),
          1e-12,
          1e-12);
      assertClose(eg.gradient(), centralDifferences(u, rows), new Shape(2, 5), 1e-7, 1e-7);
    } finally {
      Backend.setDtype(DataType.FLOAT32);
    }
  }

  private static double[] centralDifferences(ModelPotential u, double[][] rows) {
    double h = 1e-5;
    double[] out = new double[rows.length * rows[0].length];
    for (int c = 0; c < rows.length; c++) {
      for (int i = 0; i < rows[c].length; i++) {
        double[] plus = rows[c].clone();
        double[] minus = rows[c].clone();
        plus[i] += h;
        minus[i] -= h;
        NDArray both =
            Backend.manager().create(flatten(new double[][] {plus, minus}), new Shape(2, 5));
        double[] e = u.energy(both).toDoubleArray();
        out[c * rows[c].length + i] = (e[0] - e[1]) / (2 * h);
      }
    }
    return out;
  }

  private static double[] flatten(double[][] rows) {
    double[] out = new double[rows.length * rows[0].length];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(rows[i], 0, out, i * rows[i].length, rows[i].length);
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void vectorisedChainsEqualSingleChainRunsAndUnpack(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDArray y = Backend.manager().create(Y).toType(DataType.FLOAT32, false);
      ModelPotential u = new ModelPotential(hierarchical(), y, InitStrategies.initToUniform(), 3);
      NDArray z0 = u.initialPosition();
      assertEquals(new Shape(3, 5), z0.getShape());
      assertTrue(z0.abs().lt(2.0f).all().getBoolean(), "initToUniform starts in (-2, 2)");
      NDArray batched = u.energy(z0);
      for (int c = 0; c < 3; c++) {
        NDArray one = u.energy(z0.get(c).reshape(1, 5));
        assertClose(one, batched.get(c).reshape(1), 1e-5, 1e-4);
      }
      Map<String, NDArray> values = u.unpack(z0);
      assertEquals(java.util.List.of("mu", "sigma", "theta"), u.siteNames());
      assertEquals(new Shape(3), values.get("mu").getShape());
      assertEquals(new Shape(3, 3), values.get("theta").getShape());
      assertClose(values.get("sigma"), z0.get(":, 1").exp(), 1e-6, 0);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void paramsAreConstantsAndGetNoGradient(String engine) {
    Engines.use(engine, 0);
    Model<Void> model =
        v -> {
          NDArray scale = param("scale", 2.0, Constraints.positive());
          sample("x", new Normal(Backend.scalar(0.5), scale));
        };
    try (Scope s = Scope.open()) {
      ModelPotential u = new ModelPotential(model, null, InitStrategies.initToUniform(), 2);
      NDArray z = Backend.manager().create(new float[] {0.1f, -1.5f}, new Shape(2, 1));
      EnergyAndGradient eg = u.energyAndGradient(z);
      // U = (x - 0.5)^2 / 8 + log 2 + log(2 pi) / 2, dU/dx = (x - 0.5) / 4
      double c = Math.log(2) + 0.5 * Math.log(2 * Math.PI);
      assertClose(eg.energy(), new double[] {0.02 + c, 0.5 + c}, new Shape(2), 1e-5, 1e-5);
      assertClose(eg.gradient(), new double[] {-0.1, -0.5}, new Shape(2, 1), 1e-5, 1e-5);
      NDArray stored = ParamStore.global().unconstrained("scale");
      assertTrue(
          !stored.hasGradient() || stored.getGradient().abs().sum().getFloat() == 0f,
          "the potential's backward pass must not reach the param store");
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void discreteLatentSitesAreRejectedByName(String engine) {
    Engines.use(engine, 0);
    Model<Void> model =
        v -> {
          sample("c", new Bernoulli(0.3));
          sample("x", new Normal(0, 1));
        };
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ModelPotential(model, null, InitStrategies.initToUniform(), 1));
    assertTrue(
        e.getMessage().contains("\"c\"") && e.getMessage().contains("discrete"), e.getMessage());
  }
}
