package dev.pyrite.reparam;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Gamma;
import dev.pyrite.distributions.Independent;
import dev.pyrite.distributions.Laplace;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.handlers.Handlers;
import dev.pyrite.handlers.Trace;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.MessageType;
import dev.pyrite.spi.Model;
import dev.pyrite.spi.Reparam;
import dev.pyrite.testkit.Engines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link LocScaleReparam} through {@link ReparamHandler}, on both engines, with fixed seeds. */
class LocScaleReparamTest {
  private static final double[] LOC = {0.5, -1.0, 2.0, 3.0};
  private static final double[] SCALE = {0.7, 1.3, 2.5, 0.1};

  private static NDArray array(double... values) {
    NDManager m = Backend.manager();
    float[] f = new float[values.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) values[i];
    }
    return m.create(f);
  }

  private static Trace trace(Model<Void> model) {
    return Handlers.trace(model, null);
  }

  private static List<String> sampleSites(Trace t) {
    List<String> out = new ArrayList<>();
    for (Message m : t.nodes()) {
      if (m.type() == MessageType.SAMPLE) {
        out.add(m.name());
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void fullyNonCentredSiteIsStandardNormalInsideThePlates(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDArray loc = array(LOC);
      NDArray scale = array(SCALE);
      Model<Void> model =
          v -> {
            try (Plate data = plate("data", 4)) {
              sample("x", new Normal(loc, scale));
            }
          };
      Trace t = trace(ReparamHandler.reparam(model, Map.of("x", new LocScaleReparam(0.0))));

      assertEquals(List.of("x_decentered", "x"), sampleSites(t));
      Message aux = t.node("x_decentered");
      assertFalse(aux.isObserved());
      Normal auxFn = assertInstanceOf(Normal.class, aux.fn());
      assertEquals(new Shape(4), auxFn.batchShape());
      assertClose(auxFn.loc(), 0.0, 0.0, 0.0);
      assertClose(auxFn.scale(), 1.0, 0.0, 0.0);
      assertEquals(List.of("data"), aux.frames().stream().map(f -> f.name()).toList());
      assertEquals(new Shape(4), aux.value().getShape());

      Message x = t.node("x");
      assertTrue(x.isObserved());
      assertEquals("Delta", x.fn().name());
      assertEquals(new Shape(4), x.fn().batchShape());
      assertClose(x.value(), loc.add(scale.mul(aux.value())), 1e-6, 1e-6);
      assertClose(x.fn().logProb(x.value()), 0.0, 0.0, 0.0);
      assertEquals(
          List.of("x_decentered"), t.stochasticNodes().stream().map(Message::name).toList());
    }
  }

  /** x ~ Normal(1.5, 2) keeps its distribution under every centering: 20k draws in one plate. */
  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void reparameterisedDrawsKeepMeanAndStandardDeviation(String engine) {
    Engines.use(engine, 7);
    Model<Void> model =
        v -> {
          try (Plate draws = plate("draws", 20000)) {
            sample("x", new Normal(1.5, 2.0));
          }
        };
    for (Double c : Arrays.asList(0.0, 0.3, null)) {
      try (Scope s = Scope.open()) {
        Trace t = trace(ReparamHandler.reparam(model, Map.of("x", new LocScaleReparam(c))));
        NDArray x = t.node("x").value();
        assertEquals(new Shape(20000), x.getShape());
        NDArray mean = x.mean();
        NDArray sd = x.sub(mean).square().mean().sqrt();
        assertClose(mean.getFloat(), 1.5, 0.0, 0.06);
        assertClose(sd.getFloat(), 2.0, 0.0, 0.05);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void transformInitInvertsTheForwardMap(String engine) {
    Engines.use(engine, 3);
    double[] x0 = {1.0, 2.0, -3.0, 0.25};
    for (Double c : Arrays.asList(0.0, 0.3, 1.0, null)) {
      try (Scope s = Scope.open()) {
        NDArray loc = array(LOC);
        NDArray scale = array(SCALE);
        NDArray x = array(x0);
        Model<Void> model = v -> sample("x", new Normal(loc, scale));
        Reparam r = new LocScaleReparam(c);

        Map<String, NDArray> init = r.transformInit("x", new Normal(loc, scale), x);
        assertEquals(Set.of("x_decentered"), init.keySet());
        // closed form d = (x - loc) / scale^(1-c) + c * loc (c = 0.5 before a learnable one exists)
        double cc = c == null ? 0.5 : c;
        double[] expected = new double[x0.length];
        for (int i = 0; i < x0.length; i++) {
          expected[i] = (x0[i] - LOC[i]) / Math.pow(SCALE[i], 1 - cc) + cc * LOC[i];
        }
        assertClose(init.get("x_decentered"), expected, new Shape(4), 1e-5, 1e-5);

        Trace t = trace(Handlers.substitute(ReparamHandler.reparam(model, Map.of("x", r)), init));
        assertClose(t.node("x").value(), x, 1e-5, 1e-5);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void learnableCenteringCreatesAUnitIntervalParamAtOneHalf(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      Model<Void> model = v -> sample("x", new Normal(2.0, 4.0));
      Trace t = trace(ReparamHandler.reparam(model, Map.of("x", new LocScaleReparam(null))));

      ParamStore store = ParamStore.global();
      assertTrue(store.contains("x_centered"));
      assertEquals(List.of("x_centered"), t.paramNames());
      NDArray c = store.constrained("x_centered");
      assertClose(c, new double[] {0.5}, new Shape(), 1e-6, 0.0);
      assertEquals(Constraints.unitInterval().name(), store.constraint("x_centered").name());
      assertTrue(Constraints.unitInterval().check(c).all().getBoolean());
      // Normal(c * loc, scale^c) = Normal(1, 2) at c = 0.5
      Normal aux = assertInstanceOf(Normal.class, t.node("x_decentered").fn());
      assertClose(aux.loc(), 1.0, 1e-6, 0.0);
      assertClose(aux.scale(), 2.0, 1e-6, 0.0);
      // x = loc + scale^(1-c) * (d - c * loc)
      NDArray d = t.node("x_decentered").value();
      assertClose(t.node("x").value(), d.sub(1.0).mul(2.0).add(2.0), 1e-6, 1e-6);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void eventSitesKeepTheirEventShapeAndLearnOneCenteringPerElement(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDArray loc = array(LOC);
      NDArray scale = array(SCALE);
      Model<Void> model = v -> sample("x", new Normal(loc, scale).toEvent(1));
      Trace t = trace(ReparamHandler.reparam(model, Map.of("x", new LocScaleReparam(null))));

      Distribution aux = t.node("x_decentered").fn();
      assertInstanceOf(Independent.class, aux);
      assertEquals(new Shape(), aux.batchShape());
      assertEquals(new Shape(4), aux.eventShape());
      Distribution delta = t.node("x").fn();
      assertEquals(new Shape(4), delta.eventShape());
      assertEquals(new Shape(), delta.logProb(t.node("x").value()).getShape());
      assertClose(ParamStore.global().constrained("x_centered"), 0.5, 0.0, 1e-6);
      assertEquals(new Shape(4), ParamStore.global().constrained("x_centered").getShape());
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void otherLocScaleFamiliesAreStandardisedInTheirOwnFamily(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      Model<Void> model = v -> sample("x", new Laplace(1.5, 2.0));
      Trace t = trace(ReparamHandler.reparam(model, Map.of("x", new LocScaleReparam(0.0))));
      Distribution standard = t.node("x_decentered").fn();
      assertInstanceOf(Laplace.class, standard);
      assertClose(((Laplace) standard).loc(), 0.0, 0, 0);
      assertClose(((Laplace) standard).scale(), 1.0, 0, 0);
      NDArray expected = t.node("x_decentered").value().mul(2.0).add(1.5);
      assertClose(t.node("x").value(), expected, 1e-6, 1e-6);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void nonLocScaleSiteIsRejectedWithTheSiteAndTheSupportedFamilies(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      Model<Void> model = v -> sample("x", new Gamma(2.0, 1.0));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> trace(ReparamHandler.reparam(model, Map.of("x", new LocScaleReparam(0.0)))));
      assertEquals(
          "LocScaleReparam cannot reparameterize site \"x\": its distribution is Gamma, but only"
              + " these loc-scale families are supported: Normal, Cauchy, Laplace, Logistic, Gumbel"
              + " (any LocScaleDistribution, also wrapped by toEvent)",
          e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void observedSitesAreLeftAlone(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDArray y = array(0.5, 1.5);
      Gamma gamma = new Gamma(2.0, 1.0);
      Model<Void> model =
          v -> {
            try (Plate data = plate("data", 2)) {
              sample("y", gamma, y);
            }
          };
      Trace t = trace(ReparamHandler.reparam(model, Map.of("y", new LocScaleReparam(0.0))));
      assertEquals(List.of("y"), sampleSites(t));
      assertTrue(t.node("y").isObserved());
      assertSame(y, t.node("y").value());
      assertInstanceOf(Gamma.class, t.node("y").fn());
    }
  }

  @Test
  void centeringOutsideTheUnitIntervalIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new LocScaleReparam(1.5));
    assertEquals(
        "LocScaleReparam: centered must lie in [0, 1] (or be null to learn it), got 1.5",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new LocScaleOptions(-0.1));
    assertThrows(IllegalArgumentException.class, () -> new LocScaleReparam(Double.NaN));
  }
}
