package dev.pyrite.svi;

import static dev.pyrite.Pyrite.param;
import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.testkit.Assertions.assertClose;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.optim.Adam;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A discrete latent cannot be reparameterised, so TraceElbo uses the score-function estimator: z ~
 * Bernoulli(0.3), x = 2 observed ~ Normal(2z, 1); the exact posterior is P(z = 1 | x) = 0.3 / (0.3
 * + 0.7 e^-2) = 0.7600.
 */
@Tag("slow")
class ScoreFunctionTest {
  private static final double EXACT = 0.3 / (0.3 + 0.7 * Math.exp(-2));

  private static final Model<NDArray> MODEL =
      x -> {
        NDArray z = sample("z", new Bernoulli(0.3));
        sample("x", new Normal(z.mul(2), 1.0), x);
      };

  private static final Model<NDArray> GUIDE =
      x -> {
        NDArray q = param("q", 0.5, Constraints.unitInterval());
        sample("z", new Bernoulli(q));
      };

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void scoreFunctionGradientsFindTheExactPosterior(String engine) {
    Engines.use(engine, 0);
    NDArray x = Backend.scalar(2.0);
    SVI<NDArray> svi = new SVI<>(MODEL, GUIDE, new Adam(0.02), new TraceElbo(20));
    for (int i = 0; i < 1500; i++) {
      svi.step(x);
    }
    assertClose(ParamStore.global().constrained("q").getFloat(), EXACT, 0, 0.04);
  }
}
