package dev.pyrite.reparam;

import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.reparam.ReparamTesting.array;
import static dev.pyrite.reparam.ReparamTesting.latentSites;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Cauchy;
import dev.pyrite.distributions.Gamma;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.TransformedDistribution;
import dev.pyrite.distributions.transforms.ExpTransform;
import dev.pyrite.handlers.Handlers;
import dev.pyrite.handlers.Trace;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link AutoReparam} chooses per site and leaves the rest alone. */
class AutoReparamTest {
  private static final Model<Void> MIXED =
      v -> {
        NDArray mu = sample("mu", new Normal(0, 3));
        NDArray tau =
            sample("tau", new TransformedDistribution(new Normal(0, 1), new ExpTransform()));
        NDArray g = sample("g", new Gamma(2.0, 1.0));
        sample("theta", new Cauchy(mu, tau.mul(g)).toEvent(0));
        sample("y", new Normal(mu, 1.0), mu.onesLike());
      };

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void locScaleAndTransformedSitesAreReparameterisedTheOthersLeftAlone(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      AutoReparam auto = new AutoReparam(0.0);
      Trace t = Handlers.trace(ReparamHandler.reparam(MIXED, auto::choose), null);
      assertEquals(List.of("mu_decentered", "tau_base", "g", "theta_decentered"), latentSites(t));
      assertInstanceOf(Gamma.class, t.node("g").fn());
      assertTrue(t.node("y").isObserved());
      assertInstanceOf(Normal.class, t.node("y").fn());

      // the same through the plug-in path: one Reparam for every site
      Trace viaApply = Handlers.trace(ReparamHandler.reparam(MIXED, msg -> auto), null);
      assertEquals(latentSites(t), latentSites(viaApply));
    }
  }

  @Test
  void choiceFollowsTheFamily() {
    AutoReparam auto = new AutoReparam();
    assertNull(auto.centered());
    assertInstanceOf(LocScaleReparam.class, auto.choose(new Normal(0, 1)));
    assertNull(((LocScaleReparam) auto.choose(new Normal(0, 1))).centered());
    assertSame(auto.choose(new Normal(0, 1)), auto.choose(new Cauchy(0, 1)));
    assertInstanceOf(
        TransformReparam.class,
        auto.choose(new TransformedDistribution(new Normal(0, 1), new ExpTransform())));
    assertNull(auto.choose(new Gamma(2.0, 1.0)));
    assertNull(auto.choose(new Bernoulli(array(0.5))));
  }
}
