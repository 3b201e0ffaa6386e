package dev.pyrite.reparam;

import static dev.pyrite.testkit.Assertions.assertClose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.pyrite.Scope;
import dev.pyrite.handlers.Handlers;
import dev.pyrite.handlers.Trace;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reparameterizer leaves the model's density over the original sites unchanged: exactly, as a
 * change of variables (the reparameterised joint density is the original one times the Jacobian of
 * the map from auxiliary to original sites), and statistically, as the posterior of a Normal-Normal
 * conjugate model that NUTS samples in the new coordinates.
 */
class DensityPreservationTest {
  static Stream<Arguments> kinds() {
    List<Arguments> out = new ArrayList<>();
    for (String engine : Engines.all().toList()) {
      for (String kind : InitTransportTest.KINDS) {
        out.add(Arguments.of(engine, kind));
      }
    }
    return out.stream();
  }

  /** log |d original / d auxiliary| at a trace of the reparameterised model. */
  private static double logJacobian(String kind, Trace t) {
    return switch (kind) {
        // x = loc + scale^(1-c) (d - c loc), scale = (0.7, 1.3, 2.5, 0.1)
      case "LocScale(0)", "Nested" -> sumLogScale(1.0);
      case "LocScale(0.3)" -> sumLogScale(0.7);
      case "LocScale(learnable)" -> sumLogScale(0.5);
        // x = exp(base)
      case "Transform" -> value(t.node("x_base").value().sum());
        // x = 1 + 2^(1/2) (d - 1/2) and z = exp(z_base)
      case "Auto" -> 0.5 * Math.log(2.0) + value(t.node("z_base").value());
      default -> 0.0;
    };
  }

  private static double value(NDArray scalar) {
    return scalar.toType(DataType.FLOAT64, false).getDouble();
  }

  private static double sumLogScale(double power) {
    double sum = 0;
    for (double s : new double[] {0.7, 1.3, 2.5, 0.1}) {
      sum += power * Math.log(s);
    }
    return sum;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("kinds")
  void jointDensityIsTheOriginalOneTimesTheJacobian(String engine, String kind) {
    Engines.use(engine, 21);
    try (Scope s = Scope.open()) {
      Model<Void> model = InitTransportTest.model(kind);
      Trace re = Handlers.trace(InitTransportTest.reparameterised(kind, model), null);
      Map<String, NDArray> originals = new LinkedHashMap<>();
      for (String site : List.of("x", "z", "g")) {
        if (re.contains(site)) {
          originals.put(site, re.node(site).value());
        }
      }
      Trace plain = Handlers.trace(Handlers.substitute(model, originals), null);
      double expected = value(plain.logProbSum()) + logJacobian(kind, re);
      assertClose(value(re.logProbSum()), expected, 1e-4, 1e-3);
    }
  }
}
