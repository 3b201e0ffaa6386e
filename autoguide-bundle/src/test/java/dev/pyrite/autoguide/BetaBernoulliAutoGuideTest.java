package dev.pyrite.autoguide;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.PluginNotFoundException;
import dev.pyrite.PluginRegistry;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Beta;
import dev.pyrite.optim.Adam;
import dev.pyrite.spi.AutoGuide;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.AutoGuideProvider;
import dev.pyrite.spi.Model;
import dev.pyrite.svi.SVI;
import dev.pyrite.svi.TraceElbo;
import dev.pyrite.testkit.Engines;
import dev.pyrite.testkit.SharedData;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Autoguides on the Beta-Bernoulli model against the exact Beta(70, 32) posterior. */
@Tag("slow")
class BetaBernoulliAutoGuideTest {
  static final double EXACT_MEAN = 70.0 / 102.0;
  static final double EXACT_SD = 0.045719895076422844;

  static final Model<NDArray> MODEL =
      x -> {
        NDArray p = sample("p", new Beta(1, 1));
        try (Plate data = plate("data", x.size(0))) {
          sample("x", new Bernoulli(p), x);
        }
      };

  static NDArray data() {
    double[] col = SharedData.column("bench-data/bernoulli100.csv", 0);
    float[] x = new float[col.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) col[i];
    }
    return Backend.manager().create(x);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void autoDiagonalNormalFindsThePosterior(String engine) {
    Engines.use(engine, 0);
    fitAndCheck("AutoDiagonalNormal");
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void autoNormalFindsThePosterior(String engine) {
    Engines.use(engine, 0);
    fitAndCheck("AutoNormal");
  }

  private static void fitAndCheck(String name) {
    NDArray x = data();
    AutoGuide<NDArray> guide =
        PluginRegistry.get()
            .find(AutoGuideProvider.class, name)
            .create(MODEL, AutoGuideOptions.defaults());
    SVI<NDArray> svi = new SVI<>(MODEL, guide, new Adam(0.01), new TraceElbo());
    for (int i = 0; i < 2000; i++) {
      svi.step(x);
    }
    NDArray p = guide.samplePosterior(x, 5000).get("p");
    double mean = p.mean().getFloat();
    double sd = p.sub(mean).square().mean().sqrt().getFloat();
    assertClose(mean, EXACT_MEAN, 0, 0.01);
    assertClose(sd, EXACT_SD, 0.15, 0);
    Map<String, NDArray> q = guide.quantiles(x, 0.05, 0.5, 0.95);
    assertEquals(3, q.get("p").size());
    double[] quantiles = q.get("p").toType(DataType.FLOAT64, false).toDoubleArray();
    double median = guide.median(x).get("p").toType(DataType.FLOAT64, false).getDouble();
    assertClose(quantiles[1], median, 1e-5, 1e-6);
  }

  @Test
  void unknownGuideNamesTheAvailableOnes() {
    PluginNotFoundException e =
        assertThrows(
            PluginNotFoundException.class,
            () -> PluginRegistry.get().find(AutoGuideProvider.class, "AutoFoo"));
    assertEquals(
        "no autoguide named AutoFoo; available: AutoDelta, AutoDiagonalNormal, AutoLaplaceApproximation,"
            + " AutoLowRankMultivariateNormal, AutoMultivariateNormal, AutoNormal",
        e.getMessage());
  }
}
