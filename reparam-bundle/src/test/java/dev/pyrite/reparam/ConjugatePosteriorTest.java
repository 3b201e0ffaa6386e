package dev.pyrite.reparam;

import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.reparam.ReparamTesting.array;
import static dev.pyrite.testkit.Assertions.assertClose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.TransformedDistribution;
import dev.pyrite.distributions.transforms.AffineTransform;
import dev.pyrite.handlers.Handlers;
import dev.pyrite.handlers.Trace;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.mcmc.MCMC;
import dev.pyrite.mcmc.NUTS;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * NUTS run in the coordinates of six reparameterizers at once recovers the exact posterior of the
 * original sites of a Normal-Normal conjugate model: prior {@code N(0, 2^2)} (for {@code b}, {@code
 * N(1, 2^2)} through an affine transform), one unit-variance observation per coordinate, so each
 * coordinate's posterior is {@code N(0.8 (prior mean / 4 + y), 0.8)}. The observations are large
 * enough that dropping the prior (as a reparameterizer that lost the original density would) moves
 * every mean by more than the tolerance. About 15 s on PyTorch.
 */
@Tag("slow")
class ConjugatePosteriorTest {
  private static final double PRIOR_SD = 2.0;
  private static final double POST_VAR = 1.0 / (1.0 / (PRIOR_SD * PRIOR_SD) + 1.0);
  private static final double[] Y4 = {2.5, -2.0, 3.0, 0.5};
  private static final double[] Y5 = {-2.5, 2.0, 0.0, 3.0, -1.5};

  /** Six Normal-Normal pairs, each original site reparameterised differently. */
  private static Model<Void> conjugate() {
    NDArray y4 = array(Y4);
    NDArray y5 = array(Y5);
    return v -> {
      NDArray a = sample("a", new Normal(0, PRIOR_SD));
      sample("ya", new Normal(a, 1.0), array(2.5).reshape());
      NDArray b =
          sample(
              "b",
              new TransformedDistribution(new Normal(0, 1), new AffineTransform(1.0, PRIOR_SD)));
      sample("yb", new Normal(b, 1.0), array(-2.5).reshape());
      NDArray c = sample("c", new Normal(y4.zerosLike(), PRIOR_SD).toEvent(1));
      sample("yc", new Normal(c, 1.0).toEvent(1), y4);
      NDArray d = sample("d", new Normal(y5.zerosLike(), PRIOR_SD).toEvent(1));
      sample("yd", new Normal(d, 1.0).toEvent(1), y5);
      NDArray e = sample("e", new Normal(y5.zerosLike(), PRIOR_SD).toEvent(1));
      sample("ye", new Normal(e, 1.0).toEvent(1), y5);
      NDArray f = sample("f", new Normal(0, PRIOR_SD));
      sample("yf", new Normal(f, 1.0), array(-3.0).reshape());
    };
  }

  private static Map<String, double[]> posteriorMeans() {
    Map<String, double[]> m = new LinkedHashMap<>();
    m.put("a", new double[] {POST_VAR * 2.5});
    m.put("b", new double[] {POST_VAR * (1.0 / (PRIOR_SD * PRIOR_SD) - 2.5)});
    m.put("c", scaled(Y4));
    m.put("d", scaled(Y5));
    m.put("e", scaled(Y5));
    m.put("f", new double[] {POST_VAR * -3.0});
    return m;
  }

  private static double[] scaled(double[] y) {
    double[] out = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      out[i] = POST_VAR * y[i];
    }
    return out;
  }

  @Test
  void nutsInTheNewCoordinatesRecoversTheConjugatePosterior() {
    Engines.use("PyTorch", 5);
    try (Scope s = Scope.open()) {
      Model<Void> re =
          ReparamHandler.reparam(
              conjugate(),
              Map.of(
                  "a", new LocScaleReparam(0.0),
                  "b", new TransformReparam(),
                  "c", new DiscreteCosineReparam(),
                  "d", new HaarReparam(),
                  "e", new SplitReparam(new int[] {2, 3}, -1),
                  "f", new LocScaleReparam(null)));
      int n = 600;
      MCMC mcmc = new MCMC(new NUTS(), n, 300).initStrategy(InitStrategies.initToFeasible());
      mcmc.run(re, null);
      Map<String, NDArray> draws = mcmc.samples();
      Map<String, List<NDArray>> originals = new LinkedHashMap<>();
      for (int i = 0; i < n; i += 2) {
        Map<String, NDArray> row = new LinkedHashMap<>();
        int at = i;
        draws.forEach((k, v) -> row.put(k, v.get(at)));
        Trace t = Handlers.trace(Handlers.substitute(re, row), null);
        for (String site : posteriorMeans().keySet()) {
          originals.computeIfAbsent(site, k -> new ArrayList<>()).add(t.node(site).value());
        }
      }
      for (Map.Entry<String, double[]> e : posteriorMeans().entrySet()) {
        NDArray x = NDArrays.stack(new NDList(originals.get(e.getKey())));
        NDArray mean = x.mean(new int[] {0});
        NDArray sd = x.sub(mean).square().mean(new int[] {0}).sqrt();
        assertClose(mean, e.getValue(), mean.getShape(), 0.0, 0.2);
        assertClose(sd, Math.sqrt(POST_VAR), 0.0, 0.15);
      }
    }
  }
}
