package dev.pyrite.reparam;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.reparam.ReparamTesting.array;
import static dev.pyrite.reparam.ReparamTesting.latentSites;
import static dev.pyrite.reparam.ReparamTesting.sampleSites;
import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Independent;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.TransformedDistribution;
import dev.pyrite.distributions.transforms.AffineTransform;
import dev.pyrite.distributions.transforms.ExpTransform;
import dev.pyrite.handlers.Handlers;
import dev.pyrite.handlers.Trace;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link TransformReparam}: the base is sampled, the transform applied deterministically. */
class TransformReparamTest {
  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void baseIsSampledInsideThePlatesAndTheTransformApplied(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDArray loc = array(0.5, -1.0, 2.0);
      Model<Void> model =
          v -> {
            try (Plate data = plate("data", 3)) {
              sample("x", new TransformedDistribution(new Normal(loc, 0.5), new ExpTransform()));
            }
          };
      Trace t =
          Handlers.trace(ReparamHandler.reparam(model, Map.of("x", new TransformReparam())), null);
      assertEquals(List.of("x_base", "x"), sampleSites(t));
      assertEquals(List.of("x_base"), latentSites(t));
      Normal base = assertInstanceOf(Normal.class, t.node("x_base").fn());
      assertClose(base.loc(), loc, 0.0, 0.0);
      assertEquals(List.of("data"), t.node("x_base").frames().stream().map(f -> f.name()).toList());
      assertClose(t.node("x").value(), t.node("x_base").value().exp(), 1e-6, 1e-6);
      assertTrue(t.node("x").isObserved());
      assertClose(t.node("x").fn().logProb(t.node("x").value()), 0.0, 0.0, 0.0);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void eventSitesKeepTheirToEventAndInitValuesAreInverted(String engine) {
    Engines.use(engine, 1);
    try (Scope s = Scope.open()) {
      Distribution fn =
          new TransformedDistribution(
                  new Normal(array(0.0, 1.0), array(1.0, 2.0)), new AffineTransform(3.0, 2.0))
              .toEvent(1);
      Model<Void> model =
          ReparamHandler.reparam(v -> sample("x", fn), Map.of("x", new TransformReparam()));
      Trace t = Handlers.trace(model, null);
      Distribution base = assertInstanceOf(Independent.class, t.node("x_base").fn());
      assertEquals(new Shape(2), base.eventShape());
      assertEquals(new Shape(2), t.node("x").fn().eventShape());

      NDArray x0 = array(5.0, -1.0);
      Map<String, NDArray> init = new TransformReparam().transformInit("x", fn, x0);
      assertClose(init.get("x_base"), new double[] {1.0, -2.0}, new Shape(2), 1e-6, 1e-6);
      Trace moved = Handlers.trace(Handlers.substitute(model, init), null);
      assertClose(moved.node("x").value(), x0, 1e-6, 1e-6);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void otherDistributionsAreRejectedWithTheSite(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      Model<Void> model = v -> sample("x", new Normal(0, 1));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Handlers.trace(
                      ReparamHandler.reparam(model, Map.of("x", new TransformReparam())), null));
      assertEquals(
          "TransformReparam cannot reparameterize site \"x\": its distribution is Normal, but only"
              + " TransformedDistribution (also wrapped by toEvent) is supported",
          e.getMessage());
    }
  }
}
