package dev.pyrite.mcmc;

import static dev.pyrite.Pyrite.factor;
import static dev.pyrite.Pyrite.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Normal;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Starting points: Pyro's retries on a non-finite potential, and user-given initParams. */
class InitTest {
  /** x ~ Normal(0, 1) behind a wall: the log density is -inf for x <= threshold. */
  static Model<Double> walled() {
    return threshold -> {
      NDArray x = sample("x", new Normal(0, 1));
      NDArray inside = x.gt(threshold);
      factor(
          "wall", NDArrays.where(inside, x.zerosLike(), x.onesLike().mul(Float.NEGATIVE_INFINITY)));
    };
  }

  @BeforeEach
  void engine() {
    Engines.use("MXNet", 5);
  }

  @Test
  void retriesUntilEveryChainStartsWhereThePotentialIsFinite() {
    try (Scope s = Scope.open()) {
      // uniform starts in (-2, 2): one in eight lies beyond 1.5
      ModelPotential u = new ModelPotential(walled(), 1.5, InitStrategies.initToUniform(), 4);
      double[] x = u.initialPosition().toType(DataType.FLOAT64, false).toDoubleArray();
      assertEquals(4, x.length);
      for (double v : x) {
        assertTrue(v > 1.5, "start " + v + " is behind the wall");
      }
    }
  }

  @Test
  void namesTheSiteWhenNoStartIsFinite() {
    try (Scope s = Scope.open()) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> new ModelPotential(walled(), 5.0, InitStrategies.initToUniform(), 2));
      assertTrue(e.getMessage().contains("chain 0"), e.getMessage());
      assertTrue(e.getMessage().contains("100 tries"), e.getMessage());
      assertTrue(e.getMessage().contains("site \"wall\""), e.getMessage());
      assertTrue(e.getMessage().contains("initParams"), e.getMessage());
    }
  }

  @Test
  void initParamsStartEachChainAtItsRow() {
    try (Scope s = Scope.open()) {
      NDArray mu0 = Backend.manager().create(new float[] {-1f, 0.5f, 2f});
      MCMC mcmc = new MCMC(new NUTS(), 1, 0).numChains(3).initParams(Map.of("mu", mu0));
      mcmc.run(Models.normalNormal(), Models.normalData());
      double[] z =
          mcmc.potential().initialPosition().toType(DataType.FLOAT64, false).toDoubleArray();
      dev.pyrite.testkit.Assertions.assertClose(z[0], -1.0, 0, 1e-6);
      dev.pyrite.testkit.Assertions.assertClose(z[1], 0.5, 0, 1e-6);
      dev.pyrite.testkit.Assertions.assertClose(z[2], 2.0, 0, 1e-6);
    }
  }

  @Test
  void initParamsRejectUnknownSitesAndWrongShapes() {
    try (Scope s = Scope.open()) {
      NDArray v = Backend.manager().create(new float[] {1f, 2f});
      IllegalArgumentException unknown =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new MCMC(new NUTS(), 1, 0)
                      .initParams(Map.of("nu", v.get(0)))
                      .run(Models.normalNormal(), Models.normalData()));
      assertTrue(unknown.getMessage().contains("\"nu\""), unknown.getMessage());
      assertTrue(unknown.getMessage().contains("[mu]"), unknown.getMessage());
      IllegalArgumentException shape =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new MCMC(new NUTS(), 1, 0)
                      .numChains(3)
                      .initParams(Map.of("mu", v))
                      .run(Models.normalNormal(), Models.normalData()));
      assertTrue(shape.getMessage().contains("(3)"), shape.getMessage());
    }
  }
}
