package dev.pyrite.engine.jvm;

import static dev.pyrite.Pyrite.param;
import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.Plate;
import dev.pyrite.autoguide.AutoDiagonalNormal;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Beta;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.optim.Adam;
import dev.pyrite.spi.Model;
import dev.pyrite.svi.SVI;
import dev.pyrite.svi.TraceElbo;
import dev.pyrite.testkit.Engines;
import dev.pyrite.testkit.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * SVI with DJL's Adam (the engine's fused {@code adamUpdate}) on the Jvm engine, on the
 * Beta-Bernoulli seed model whose exact posterior is Beta(70, 32): a Beta guide and an
 * AutoDiagonalNormal guide both land on its mean, and the live-array count stays flat.
 */
class SviOnJvmTest {
  private static final double EXACT_MEAN = 70.0 / 102.0;
  private static final double EXACT_SD = Math.sqrt(70.0 * 32.0 / (102.0 * 102.0 * 103.0));

  private static final Model<NDArray> MODEL =
      x -> {
        NDArray p = sample("p", new Beta(1, 1));
        try (Plate data = plate("data", x.size(0))) {
          sample("x", new Bernoulli(p), x);
        }
      };

  private static final Model<NDArray> BETA_GUIDE =
      x -> {
        NDArray a = param("a", 1.0, Constraints.positive());
        NDArray b = param("b", 1.0, Constraints.positive());
        sample("p", new Beta(a, b));
      };

  @AfterAll
  static void backToDefault() {
    Engines.use("MXNet", 0);
  }

  private static NDArray data() {
    double[] col = SharedData.column("bench-data/bernoulli100.csv", 0);
    return Backend.manager().create(col).toType(Backend.dtype(), false);
  }

  @Test
  void betaGuideRecoversTheExactPosteriorWithFlatMemory() {
    Engines.use("Jvm", 0);
    NDArray x = data();
    SVI<NDArray> svi = new SVI<>(MODEL, BETA_GUIDE, new Adam(0.05), new TraceElbo(10));
    for (int i = 0; i < 20; i++) {
      svi.step(x);
    }
    int live = Backend.liveArrays();
    for (int i = 0; i < 2980; i++) {
      svi.step(x);
    }
    assertEquals(live, Backend.liveArrays(), "live arrays grew over SVI steps");
    double a = ParamStore.global().constrained("a").getFloat();
    double b = ParamStore.global().constrained("b").getFloat();
    double mean = a / (a + b);
    double sd = Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
    String detail = String.format("a %.3f, b %.3f: mean %.5f, sd %.5f", a, b, mean, sd);
    System.out.println("SVI (Beta guide) on Jvm: " + detail);
    assertTrue(Math.abs(mean - EXACT_MEAN) < 0.01, detail);
    assertTrue(Math.abs(sd - EXACT_SD) < 0.15 * EXACT_SD, detail);
  }

  @Test
  void autoDiagonalNormalFindsThePosterior() {
    Engines.use("Jvm", 1);
    NDArray x = data();
    AutoDiagonalNormal<NDArray> guide = new AutoDiagonalNormal<>(MODEL);
    SVI<NDArray> svi = new SVI<>(MODEL, guide, new Adam(0.01), new TraceElbo());
    for (int i = 0; i < 2000; i++) {
      svi.step(x);
    }
    NDArray p = guide.samplePosterior(x, 5000).get("p");
    double mean = p.mean().getFloat();
    double sd = p.sub(mean).square().mean().sqrt().getFloat();
    String detail = String.format("mean %.5f, sd %.5f", mean, sd);
    System.out.println("SVI (AutoDiagonalNormal) on Jvm: " + detail);
    assertTrue(Math.abs(mean - EXACT_MEAN) < 0.01, detail);
    assertTrue(Math.abs(sd - EXACT_SD) < 0.15 * EXACT_SD, detail);
  }
}
