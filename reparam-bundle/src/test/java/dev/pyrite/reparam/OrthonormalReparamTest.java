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
import ai.djl.training.GradientCollector;
import dev.pyrite.Backend;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Gamma;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.TransformedDistribution;
import dev.pyrite.handlers.Handlers;
import dev.pyrite.handlers.Trace;
import dev.pyrite.reparam.internal.OrthonormalBases;
import dev.pyrite.reparam.internal.OrthonormalTransform;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.Model;
import dev.pyrite.spi.Reparam;
import dev.pyrite.testkit.Engines;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link DiscreteCosineReparam} and {@link HaarReparam}: orthonormal, differentiable, exact. */
class OrthonormalReparamTest {
  private static final double[] LOC = {0.5, -1.0, 2.0, 3.0, 0.0};
  private static final double[] SCALE = {0.7, 1.3, 2.5, 0.1, 1.0};

  private static OrthonormalTransform dct(int dim, int n) {
    return new OrthonormalTransform("DCT", dim, OrthonormalBases.dct(n), n);
  }

  private static OrthonormalTransform haar(int dim, int n) {
    return new OrthonormalTransform("Haar", dim, OrthonormalBases.haar(n), n);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void roundTripIsExactAndTheLogDeterminantIsZero(String engine) {
    Engines.use(engine, 1);
    try (Scope s = Scope.open()) {
      NDArray x = Backend.manager().randomNormal(new Shape(3, 5, 4));
      for (OrthonormalTransform t : List.of(dct(-1, 4), haar(-1, 4), dct(-2, 5), haar(-2, 5))) {
        NDArray y = t.forward(x);
        assertEquals(x.getShape(), y.getShape());
        assertClose(t.inverse(y), x, 1e-5, 1e-5);
        // orthonormal: the norm of each transformed vector is kept
        int axis = 3 - t.domainEventDim();
        assertClose(y.square().sum(new int[] {axis}), x.square().sum(new int[] {axis}), 1e-4, 1e-4);
        NDArray ladj = t.logAbsDetJacobian(x, y);
        assertEquals(x.getShape().slice(0, 3 - t.domainEventDim()), ladj.getShape());
        assertClose(ladj, 0.0, 0.0, 0.0);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void transformActsAlongTheChosenDimOnly(String engine) {
    Engines.use(engine, 2);
    try (Scope s = Scope.open()) {
      // a (3, 2) array transformed along dim -2: each column gets M times the column
      NDArray x = array(1, 4, 2, 5, 3, 6).reshape(3, 2);
      NDArray y = dct(-2, 3).forward(x);
      double[] m = OrthonormalBases.dct(3);
      double[][] cols = {{1, 2, 3}, {4, 5, 6}};
      double[] expected = new double[6];
      for (int k = 0; k < 3; k++) {
        for (int c = 0; c < 2; c++) {
          double v = 0;
          for (int j = 0; j < 3; j++) {
            v += m[k * 3 + j] * cols[c][j];
          }
          expected[k * 2 + c] = v;
        }
      }
      assertClose(y, expected, new Shape(3, 2), 1e-5, 1e-5);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void gradientsFlowThroughTheTransform(String engine) {
    Engines.use(engine, 3);
    try (Scope s = Scope.open()) {
      NDArray x = array(0.3, -1.0, 2.0, 0.5);
      NDArray w = array(1.0, 2.0, -1.0, 0.5);
      x.setRequiresGradient(true);
      OrthonormalTransform t = haar(-1, 4);
      try (GradientCollector gc = Backend.newGradientCollector()) {
        NDArray loss = t.forward(x).mul(w).sum();
        gc.backward(loss);
      }
      // d/dx sum(w . M x) = M^T w
      double[] m = OrthonormalBases.haar(4);
      double[] wv = {1.0, 2.0, -1.0, 0.5};
      double[] expected = new double[4];
      for (int j = 0; j < 4; j++) {
        for (int k = 0; k < 4; k++) {
          expected[j] += m[k * 4 + j] * wv[k];
        }
      }
      assertClose(x.getGradient(), expected, new Shape(4), 1e-5, 1e-5);
    }
  }

  static List<Reparam> rotations() {
    return List.of(new DiscreteCosineReparam(-1), new HaarReparam(-1));
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void siteBecomesAnObservedPointMassAtTheInverseOfALatentAuxiliarySite(String engine) {
    for (Reparam r : rotations()) {
      Engines.use(engine, 4);
      try (Scope s = Scope.open()) {
        NDArray loc = array(LOC);
        NDArray scale = array(SCALE);
        Model<Void> model =
            v -> {
              try (Plate rows = plate("rows", 3)) {
                sample("x", new Normal(loc, scale).expand(new Shape(3, 5)).toEvent(1));
              }
            };
        Trace t = Handlers.trace(ReparamHandler.reparam(model, Map.of("x", r)), null);
        String aux = r instanceof HaarReparam ? "x_haar" : "x_dct";
        assertEquals(List.of(aux, "x"), sampleSites(t));
        assertEquals(List.of(aux), latentSites(t));
        Distribution auxFn = assertInstanceOf(TransformedDistribution.class, t.node(aux).fn());
        assertEquals(new Shape(3), auxFn.batchShape());
        assertEquals(new Shape(5), auxFn.eventShape());
        assertEquals(List.of("rows"), t.node(aux).frames().stream().map(f -> f.name()).toList());
        NDArray y = t.node(aux).value();
        NDArray x = t.node("x").value();
        assertEquals(new Shape(3, 5), x.getShape());
        OrthonormalTransform transform = r instanceof HaarReparam ? haar(-1, 5) : dct(-1, 5);
        assertClose(x, transform.inverse(y), 1e-5, 1e-5);
        // the auxiliary density at y is the original density at x (log-determinant 0)
        Distribution original = new Normal(loc, scale).expand(new Shape(3, 5)).toEvent(1);
        assertClose(auxFn.logProb(y), original.logProb(x), 1e-5, 1e-4);
        assertClose(t.node("x").fn().logProb(x), 0.0, 0.0, 0.0);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void transformInitIsTheForwardTransform(String engine) {
    Engines.use(engine, 5);
    try (Scope s = Scope.open()) {
      Distribution fn = new Normal(array(LOC), array(SCALE)).toEvent(1);
      NDArray x0 = array(1, 2, 3, 4, 5);
      Map<String, NDArray> init = new DiscreteCosineReparam().transformInit("x", fn, x0);
      assertEquals(List.of("x_dct"), List.copyOf(init.keySet()));
      assertClose(init.get("x_dct"), dct(-1, 5).forward(x0), 1e-6, 1e-6);
      Model<Void> model =
          ReparamHandler.reparam(v -> sample("x", fn), Map.of("x", new DiscreteCosineReparam()));
      assertClose(
          Handlers.trace(Handlers.substitute(model, init), null).node("x").value(), x0, 1e-5, 1e-5);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void batchDimsAndConstrainedSupportsAreRejectedWithTheSiteAndTheFix(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      Model<Void> batch = v -> sample("x", new Normal(array(LOC), array(SCALE)));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Handlers.trace(
                      ReparamHandler.reparam(batch, Map.of("x", new HaarReparam())), null));
      assertEquals(
          "HaarReparam cannot reparameterize site \"x\" along dim -1: its distribution Normal has"
              + " batch shape (5) and event shape (), and dim must be a negative event dim, but it has"
              + " none; declare the dims as event dims with .toEvent(k) (k >= 1) outside any plate,"
              + " or choose another dim",
          e.getMessage());
      Model<Void> positive =
          v -> sample("x", new Gamma(array(LOC).abs().add(1), array(SCALE)).toEvent(1));
      e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Handlers.trace(
                      ReparamHandler.reparam(positive, Map.of("x", new DiscreteCosineReparam())),
                      null));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "DiscreteCosineReparam cannot reparameterize site \"x\": its support is independent("),
          e.getMessage());
    }
  }

  @Test
  void nonNegativeDimIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new DiscreteCosineReparam(0));
    assertEquals(
        "DiscreteCosineReparam: dim must be a negative event dim (e.g. -1), got 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new HaarOptions(1));
  }
}
