package dev.pyrite.svi;

import static dev.pyrite.Pyrite.param;
import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.Plate;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Beta;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.optim.Adam;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import dev.pyrite.testkit.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed example: p ~ Beta(1, 1), 100 Bernoulli observations, guide Beta(a, b). The exact
 * posterior is Beta(70, 32): mean 0.686275, sd 0.045720.
 */
@Tag("slow")
class BetaBernoulliSviTest {
  static final double EXACT_MEAN = 70.0 / 102.0;
  static final double EXACT_SD = 0.045719895076422844;

  static final Model<NDArray> MODEL =
      x -> {
        NDArray p = sample("p", new Beta(1, 1));
        try (Plate data = plate("data", x.size(0))) {
          sample("x", new Bernoulli(p), x);
        }
      };

  static final Model<NDArray> GUIDE =
      x -> {
        NDArray a = param("a", 1.0, Constraints.positive());
        NDArray b = param("b", 1.0, Constraints.positive());
        sample("p", new Beta(a, b));
      };

  static NDArray data() {
    float[] x = new float[100];
    double[] col = SharedData.column("bench-data/bernoulli100.csv", 0);
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) col[i];
    }
    return Backend.manager().create(x);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void betaGuideRecoversExactPosterior(String engine) {
    Engines.use(engine, 0);
    NDArray x = data();
    SVI<NDArray> svi = new SVI<>(MODEL, GUIDE, new Adam(0.05), new TraceElbo(10));
    for (int i = 0; i < 3000; i++) {
      svi.step(x);
    }
    double a = ParamStore.global().constrained("a").getFloat();
    double b = ParamStore.global().constrained("b").getFloat();
    double mean = a / (a + b);
    double sd = Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
    assertClose(mean, EXACT_MEAN, 0, 0.01);
    assertClose(sd, EXACT_SD, 0.15, 0);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void liveArraysStayFlatOver1000Steps(String engine) {
    Engines.use(engine, 0);
    NDArray x = data();
    SVI<NDArray> svi = new SVI<>(MODEL, GUIDE, new Adam(0.05), new TraceElbo(10));
    for (int i = 0; i < 20; i++) {
      svi.step(x);
    }
    int before = Backend.liveArrays();
    for (int i = 0; i < 1000; i++) {
      svi.step(x);
    }
    assertEquals(before, Backend.liveArrays());
  }
}
