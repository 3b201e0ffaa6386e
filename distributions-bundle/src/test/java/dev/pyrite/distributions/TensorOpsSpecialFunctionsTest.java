package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.TensorOps;
import dev.pyrite.testkit.Engines;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The special functions of {@link TensorOps} on both engines: values in float64 against mpmath (30
 * digits), gradients against central finite differences, and float32 inputs staying float32.
 */
class TensorOpsSpecialFunctionsTest {
  private static final double[] DIGAMMA_X = {0.01, 0.5, 1.0, 3.7, 6.0, 25.0, 1000.0};
  private static final double[] DIGAMMA = {
    -100.56088545786867242,
    -1.9635100260214234794,
    -0.57721566490153286061,
    1.1671535393615114409,
    1.7061176684318004727,
    3.1987425128519740085,
    6.9072551956488120521
  };
  private static final double[] BESSEL_X = {1e-3, 0.7, 5.0, 19.9, 20.1, 60.0, 700.0};
  private static final double[] LOG_I0 = {
    2.4999998437500174652e-7,
    0.11894060391060184999,
    3.3046817758225334338,
    17.492149818621350601,
    17.687083876788981119,
    57.035990189655142607,
    695.80569999844344908
  };
  private static final double[] LOG_I1 = {
    -7.6009023345420849448,
    -0.9891849238651988406,
    3.1919420305456754634,
    17.466361608587600023,
    17.66155912185238788,
    57.027586326030331048,
    695.80498520185565233
  };
  private static final double[] SMALL_X = {-3.0, -0.4, -1e-9, 1e-12, 1e-5, 0.4999, 0.5, 2.0};
  private static final double[] EXPM1 = {
    -0.95021293163213605702,
    -0.32967995396436071414,
    -9.9999999950000006245e-10,
    1.0000000000004999799e-12,
    0.000010000050000166667901,
    0.64855640681638972568,
    0.64872127070012814685,
    6.3890560989306502272
  };
  private static final double[] LOG1P_X = {-0.4, -1e-9, 1e-12, 1e-5, 0.4999, 0.5, 2.0};
  private static final double[] LOG1P = {
    -0.51082562376599072021,
    -1.0000000005000000626e-9,
    9.9999999999949997989e-13,
    9.9999500003333316514e-6,
    0.40539843921917673006,
    0.40546510810816438198,
    1.0986122886681096914
  };

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void valuesMatchMpmath(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      assertClose(TensorOps.digamma(array(DIGAMMA_X)), array(DIGAMMA), 1e-12, 0);
      assertClose(TensorOps.logBesselI0(array(BESSEL_X)), array(LOG_I0), 1e-13, 0);
      assertClose(TensorOps.logBesselI1(array(BESSEL_X)), array(LOG_I1), 1e-13, 0);
      assertClose(TensorOps.expm1(array(SMALL_X)), array(EXPM1), 1e-15, 0);
      assertClose(TensorOps.log1p(array(LOG1P_X)), array(LOG1P), 1e-15, 0);
      // log I0(0) = 0 up to the smallest normal number the series clamps x^2 to
      assertClose(
          TensorOps.logBesselI0(array(new double[] {0.0, -0.7})),
          new double[] {0.0, LOG_I0[1]},
          new Shape(2),
          1e-15,
          1e-300);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void digammaVanishesAtItsRootAndFollowsTheRecurrence(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      assertClose(TensorOps.digamma(array(new double[] {1.4616321449683623})), 0.0, 0, 1e-13);
      NDArray x = array(new double[] {0.3, 2.5, 5.9, 6.1, 40});
      NDArray step = TensorOps.digamma(x.add(1)).sub(TensorOps.digamma(x));
      assertClose(step, x.onesLike().div(x), 1e-12, 0);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void logSumExpIsStableAndExactForMinusInfinity(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDArray x =
          Backend.manager()
              .create(
                  new double[] {1000, 1000, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY},
                  new Shape(2, 2));
      NDArray lse = TensorOps.logSumExp(x, 1);
      assertClose(
          lse, new double[] {1000 + Math.log(2), Double.NEGATIVE_INFINITY}, new Shape(2), 1e-15, 0);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void gradientsMatchFiniteDifferences(String engine) {
    Engines.use(engine, 0);
    check(TensorOps::digamma, new double[] {0.2, 1.3, 5.99, 6.01, 17});
    check(TensorOps::log1p, new double[] {-0.5, -1e-4, 1e-4, 3});
    check(TensorOps::expm1, new double[] {-2, -0.49, 1e-4, 0.51, 4});
    check(TensorOps::logBesselI0, new double[] {-1.5, 0.3, 4, 19.5, 20.5, 80});
    check(TensorOps::logBesselI1, new double[] {0.3, 4, 19.5, 20.5, 80});
    check(x -> TensorOps.logSumExp(x.reshape(2, 3), 1), new double[] {-1, 0, 2, 300, 301, 299});
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void float32StaysFloat32(String engine) {
    Engines.use(engine, 0);
    try (Scope s = Scope.open()) {
      NDArray x = Backend.manager().create(new float[] {0.5f, 3f, 30f});
      for (NDArray y :
          new NDArray[] {
            TensorOps.digamma(x),
            TensorOps.logBesselI0(x),
            TensorOps.logBesselI1(x),
            TensorOps.expm1(x),
            TensorOps.log1p(x),
            TensorOps.logSumExp(x, 0)
          }) {
        assertEquals(DataType.FLOAT32, y.getDataType());
      }
      assertClose(
          TensorOps.digamma(x),
          new double[] {-1.9635100260214235, 0.9227843350984671, 3.3844381326855249},
          new Shape(3),
          1e-6,
          0);
    }
  }

  private static void check(Function<NDArray, NDArray> f, double[] point) {
    TensorOpsFiniteDifferences.check(
        x -> f.apply(x).sum(), point, new Shape(point.length), 1e-6, 1e-8);
  }

  private static NDArray array(double[] values) {
    return Backend.manager().create(values);
  }
}
