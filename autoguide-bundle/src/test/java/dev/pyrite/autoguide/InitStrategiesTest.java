package dev.pyrite.autoguide;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Bijections;
import dev.pyrite.distributions.Gamma;
import dev.pyrite.distributions.LogNormal;
import dev.pyrite.distributions.Normal;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.Site;
import dev.pyrite.spi.Transform;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each built-in init strategy checked on properties that a wrong strategy would fail. */
class InitStrategiesTest {
  static NDArray init(InitStrategy s, String name, Distribution d) {
    return InitStrategies.apply(s, new Site(name, d, null));
  }

  static double[] doubles(NDArray a) {
    return a.toType(DataType.FLOAT64, false).toDoubleArray();
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void meanIsTheDistributionsMean(String engine) {
    Engines.use(engine, 11);
    // Gamma(3, 2): mean 1.5, median about 1.337, mode 1: only the mean passes
    NDArray v = init(InitStrategies.initToMean(), "g", new Gamma(3, 2));
    assertClose(v, 1.5, 1e-6, 1e-6);
    NDArray loc = Backend.manager().create(new float[] {-1, 0, 4}).toType(Backend.dtype(), false);
    NDArray w = init(InitStrategies.initToMean(), "n", new Normal(loc, 2));
    assertClose(w, new double[] {-1, 0, 4}, new Shape(3), 0, 1e-6);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void medianMatchesTheDistributionsMedian(String engine) {
    Engines.use(engine, 12);
    // LogNormal(0, 1): median 1, mean 1.65; the median of 1001 draws lies within ~0.08 of 1
    NDArray v = init(InitStrategies.initToMedian(1001), "s", new LogNormal(0, 1));
    assertClose(v, 1.0, 0, 0.1);
    assertThrows(IllegalArgumentException.class, () -> InitStrategies.initToMedian(0));
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void sampleIsARandomDrawOfTheRightShapeInTheSupport(String engine) {
    Engines.use(engine, 13);
    NDArray rate = Backend.manager().ones(new Shape(4)).toType(Backend.dtype(), false);
    Distribution d = new Gamma(rate.mul(2), rate);
    NDArray a = init(InitStrategies.initToSample(), "g", d);
    NDArray b = init(InitStrategies.initToSample(), "g", d);
    assertEquals(new Shape(4), a.getShape());
    assertTrue(a.gt(0).all().getBoolean(), "draw in the support");
    assertTrue(a.sub(b).abs().max().getFloat() > 0, "two draws differ");
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void valueLandsExactlyAndOtherSitesFallBack(String engine) {
    Engines.use(engine, 14);
    NDArray given =
        Backend.manager().create(new float[] {0.25f, 7f}).toType(Backend.dtype(), false);
    NDArray rate = Backend.manager().ones(new Shape(2)).toType(Backend.dtype(), false);
    InitStrategy s = InitStrategies.initToValue(Map.of("g", given), InitStrategies.initToMean());
    assertClose(init(s, "g", new Gamma(rate, rate)), new double[] {0.25, 7}, new Shape(2), 0, 0);
    assertClose(
        init(s, "h", new Gamma(rate.mul(3), rate)), new double[] {3, 3}, new Shape(2), 0, 1e-6);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> init(s, "g", new Gamma(3, 1)));
    assertTrue(e.getMessage().contains("site \"g\" has shape ()"), e.getMessage());
    NDArray outside =
        Backend.manager().create(new float[] {-1f, 1f}).toType(Backend.dtype(), false);
    assertThrows(
        IllegalArgumentException.class,
        () -> init(InitStrategies.initToValue(Map.of("g", outside)), "g", new Gamma(rate, rate)));
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void feasibleIsZeroInUnconstrainedSpace(String engine) {
    Engines.use(engine, 15);
    // Gamma's support is positive: unconstrained zero is exp(0) = 1
    assertClose(init(InitStrategies.initToFeasible(), "g", new Gamma(5, 0.1)), 1.0, 0, 1e-6);
    assertClose(init(InitStrategies.initToFeasible(), "n", new Normal(30, 1)), 0.0, 0, 0);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void uniformStaysWithinTheRadiusInUnconstrainedSpace(String engine) {
    Engines.use(engine, 16);
    NDArray rate = Backend.manager().ones(new Shape(2000)).toType(Backend.dtype(), false);
    Distribution d = new Gamma(rate, rate);
    Transform t = Bijections.bijectTo(d.support());
    double radius = 0.5;
    double[] u = doubles(t.inverse(init(InitStrategies.initToUniform(radius), "g", d)));
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double x : u) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    assertTrue(
        min >= -radius - 1e-5 && max <= radius + 1e-5,
        "within +-" + radius + ": " + min + " " + max);
    // 2000 uniform draws come within 0.05 of both ends
    assertTrue(
        min < -radius + 0.05 && max > radius - 0.05, "fills +-" + radius + ": " + min + " " + max);
  }
}
