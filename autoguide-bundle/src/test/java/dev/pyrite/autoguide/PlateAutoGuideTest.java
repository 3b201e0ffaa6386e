package dev.pyrite.autoguide;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.Plate;
import dev.pyrite.distributions.Normal;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.optim.Adam;
import dev.pyrite.spi.AutoGuideOptions;
import dev.pyrite.spi.Model;
import dev.pyrite.svi.SVI;
import dev.pyrite.svi.TraceElbo;
import dev.pyrite.testkit.Engines;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Latents local to a plate: per-site guides hold full-size params (memory linear in the plate size)
 * and a subsampling plate's step touches only the subsample's rows.
 */
class PlateAutoGuideTest {
  /** A global {@code mu} and two latents local to plate {@code data} of size N, subsample M. */
  static Model<NDArray> model(long n, long m) {
    return x -> {
      NDArray mu = sample("mu", new Normal(0, 1));
      try (Plate p = plate("data", n, m)) {
        NDArray z = sample("z", new Normal(mu.add(1), 1));
        NDArray w = sample("w", new Normal(z, 1));
        sample("x", new Normal(w, 1), p.subsample(x, 0));
      }
    };
  }

  static NDArray data(long n) {
    return Backend.manager().arange((float) n).div(n).toType(Backend.dtype(), false);
  }

  static long paramScalars() {
    long total = 0;
    for (String name : ParamStore.current().names()) {
      total += ParamStore.current().shape(name).size();
    }
    return total;
  }

  static long countParams(String engine, Function<Model<NDArray>, Model<NDArray>> guide, long n) {
    Engines.use(engine, 7);
    Model<NDArray> model = model(n, n);
    new SVI<>(model, guide.apply(model), new Adam(0.01), new TraceElbo()).step(data(n));
    return paramScalars();
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void paramCountsGrowLinearlyWithThePlate(String engine) {
    assertEquals(2 * (1 + 2 * 10), countParams(engine, AutoNormal::new, 10));
    assertEquals(2 * (1 + 2 * 40), countParams(engine, AutoNormal::new, 40));
    assertEquals(1 + 2 * 10, countParams(engine, AutoDelta::new, 10));
    assertEquals(1 + 2 * 40, countParams(engine, AutoDelta::new, 40));
    // one flat vector: the full covariance grows quadratically
    Engines.use(engine, 7);
    AutoMultivariateNormal<NDArray> mvn = new AutoMultivariateNormal<>(model(10, 10));
    mvn.getPosterior(data(10));
    long d = 1 + 2 * 10;
    assertEquals(d, mvn.latentDim(data(10)));
    assertEquals(d + d + d * d, paramScalars());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void subsampledStepTouchesOnlyTheSubsampleRows(String engine) {
    checkSubsampledStep(engine, AutoNormal::new, "AutoNormal.locs.");
    checkSubsampledStep(engine, AutoDelta::new, "AutoDelta.");
  }

  private static void checkSubsampledStep(
      String engine,
      BiFunction<Model<NDArray>, AutoGuideOptions, AutoGuideBase<NDArray>> make,
      String prefix) {
    Engines.use(engine, 8);
    long n = 20;
    long m = 5;
    Model<NDArray> model = model(n, m);
    // init to zero in unconstrained space: untouched rows stay exactly zero (Adam moves a param
    // only where its gradient is nonzero)
    AutoGuideBase<NDArray> guide =
        make.apply(model, AutoGuideOptions.defaults().withInit(InitStrategies.initToFeasible()));
    SVI<NDArray> svi = new SVI<>(model, guide, new Adam(0.1), new TraceElbo());
    svi.step(data(n));
    for (String site : new String[] {"z", "w"}) {
      assertEquals(new Shape(n), ParamStore.current().shape(prefix + site), site);
      double[] rows =
          ParamStore.current()
              .unconstrained(prefix + site)
              .toType(DataType.FLOAT64, false)
              .toDoubleArray();
      int moved = 0;
      for (double r : rows) {
        moved += r != 0 ? 1 : 0;
      }
      assertEquals(m, moved, site + ": rows changed by one step with subsample " + m);
    }
    // both sites used the same subsample
    double[] z =
        ParamStore.current()
            .unconstrained(prefix + "z")
            .toType(DataType.FLOAT64, false)
            .toDoubleArray();
    double[] w =
        ParamStore.current()
            .unconstrained(prefix + "w")
            .toType(DataType.FLOAT64, false)
            .toDoubleArray();
    for (int i = 0; i < n; i++) {
      assertEquals(z[i] != 0, w[i] != 0, "row " + i);
    }
    svi.step(data(n));
    assertTrue(paramScalars() > 0);
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void flatGuidesRejectSubsampledLocals(String engine) {
    Engines.use(engine, 9);
    Model<NDArray> model = model(20, 5);
    AutoMultivariateNormal<NDArray> guide = new AutoMultivariateNormal<>(model);
    SVI<NDArray> svi = new SVI<>(model, guide, new Adam(0.01), new TraceElbo());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> svi.step(data(20)));
    assertTrue(e.getMessage().contains("plate \"data\" that subsamples (5 of 20)"), e.getMessage());
  }
}
