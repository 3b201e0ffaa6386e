package dev.pyrite.reparam;

import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.reparam.ReparamTesting.array;
import static dev.pyrite.reparam.ReparamTesting.latentSites;
import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Dirichlet;
import dev.pyrite.distributions.Gamma;
import dev.pyrite.distributions.Normal;
import dev.pyrite.handlers.Handlers;
import dev.pyrite.handlers.Trace;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link SplitReparam}: pieces are sites of their own; the joined site keeps the density. */
class SplitReparamTest {
  private static Distribution gamma5() {
    return new Gamma(array(1, 2, 3, 4, 5), array(1, 1, 2, 2, 3)).toEvent(1);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void piecesAreLatentSitesAndTheSiteCarriesTheOriginalDensity(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      Distribution fn = gamma5();
      Model<Void> model =
          ReparamHandler.reparam(
              v -> sample("w", fn), Map.of("w", new SplitReparam(new int[] {2, 3}, -1)));
      Trace t = Handlers.trace(model, null);
      assertEquals(List.of("w_split_0", "w_split_1"), latentSites(t));
      assertEquals(new Shape(2), t.node("w_split_0").fn().eventShape());
      assertEquals(new Shape(3), t.node("w_split_1").fn().eventShape());
      assertEquals(fn.support().name(), t.node("w_split_1").fn().support().name());
      NDArray w = t.node("w").value();
      assertEquals(new Shape(5), w.getShape());
      assertTrue(fn.support().check(w).all().getBoolean());
      assertClose(w.get("0:2"), t.node("w_split_0").value(), 0.0, 0.0);
      assertClose(w.get("2:5"), t.node("w_split_1").value(), 0.0, 0.0);
      assertClose(t.node("w_split_0").fn().logProb(t.node("w_split_0").value()), 0.0, 0.0, 0.0);
      // the joined site's log-density is the original one, so the model's density is unchanged
      assertClose(t.logProbSum(), fn.logProb(w), 1e-6, 1e-6);
    }
  }

  /** Unguided pieces come from one draw of the original: the model still simulates Gamma. */
  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void unguidedPiecesSimulateTheOriginalDistribution(String engine) {
    Engines.use(engine, 9);
    try (Scope s = Scope.open()) {
      Distribution fn =
          new Gamma(array(2, 2, 2), array(4, 4, 4)).toEvent(1).expand(new Shape(20000));
      Model<Void> model =
          ReparamHandler.reparam(
              v -> sample("w", fn), Map.of("w", new SplitReparam(new int[] {1, 2}, -1)));
      NDArray w = Handlers.trace(model, null).node("w").value();
      assertEquals(new Shape(20000, 3), w.getShape());
      // Gamma(2, 4): mean 0.5, variance 0.125
      assertClose(w.mean(new int[] {0}), 0.5, 0.0, 0.015);
      NDArray var = w.sub(w.mean(new int[] {0})).square().mean(new int[] {0});
      assertClose(var, 0.125, 0.0, 0.01);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void transformInitSlicesTheValue(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDArray w0 = array(1, 2, 3, 4, 5);
      Map<String, NDArray> init =
          new SplitReparam(new int[] {2, 3}, -1).transformInit("w", gamma5(), w0);
      assertEquals(List.of("w_split_0", "w_split_1"), List.copyOf(init.keySet()));
      assertClose(init.get("w_split_0"), new double[] {1, 2}, new Shape(2), 0.0, 0.0);
      assertClose(init.get("w_split_1"), new double[] {3, 4, 5}, new Shape(3), 0.0, 0.0);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void badSectionsAndWholeEventSupportsAreRejected(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      Model<Void> normal =
          ReparamHandler.reparam(
              v -> sample("w", new Normal(array(0, 0, 0), 1).toEvent(1)),
              Map.of("w", new SplitReparam(new int[] {2, 2}, -1)));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Handlers.trace(normal, null));
      assertEquals(
          "SplitReparam cannot split site \"w\": the sections [2, 2] add up to 4, but the site has"
              + " size 3 along dim -1 (event shape (3)); make the sections add up to 3",
          e.getMessage());
      Model<Void> simplex =
          ReparamHandler.reparam(
              v -> sample("p", new Dirichlet(array(1, 1, 1))),
              Map.of("p", new SplitReparam(new int[] {1, 2}, -1)));
      e = assertThrows(IllegalArgumentException.class, () -> Handlers.trace(simplex, null));
      assertTrue(e.getMessage().contains("constrains whole events"), e.getMessage());
    }
  }

  @Test
  void optionsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> new SplitOptions(List.of(), -1));
    assertThrows(IllegalArgumentException.class, () -> new SplitOptions(List.of(2, 0), -1));
    assertThrows(IllegalArgumentException.class, () -> new SplitOptions(List.of(2), 0));
    assertEquals(-1, new SplitOptions(List.of(2), null).dimOrDefault());
  }
}
