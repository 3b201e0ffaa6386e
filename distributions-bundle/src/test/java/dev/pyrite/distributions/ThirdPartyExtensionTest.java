package dev.pyrite.distributions;

import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyrite.Backend;
import dev.pyrite.Bijections;
import dev.pyrite.PluginRegistry;
import dev.pyrite.Pyrite;
import dev.pyrite.Scope;
import dev.pyrite.distributions.kl.KL;
import dev.pyrite.distributions.reference.ReferenceChecker;
import dev.pyrite.distributions.reference.Report;
import dev.pyrite.distributions.thirdparty.AboveTwo;
import dev.pyrite.distributions.thirdparty.AboveTwoTransform;
import dev.pyrite.distributions.thirdparty.ShiftedExponential;
import dev.pyrite.spi.Distribution;
import dev.pyrite.spi.DistributionProvider;
import dev.pyrite.spi.Transform;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Without touching this bundle, a third party (the classes of {@code
 * dev.pyrite.distributions.thirdparty}, declared in the tests' {@code META-INF/services}) adds a
 * constraint, its bijection, a distribution with that support and a KL pair; everything that finds
 * plug-ins (the registry, {@code biject_to}, {@code param}, {@code KL}, the reference checker)
 * picks them up. In OSGi the same declarations are registered by the service loader mediator.
 */
class ThirdPartyExtensionTest {
  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void aNewSupportPlugsIn(String engine) {
    Engines.use(engine, 5);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      Distribution d =
          PluginRegistry.get()
              .find(DistributionProvider.class, "ShiftedExponential")
              .create(Map.of("rate", m.create(new double[] {0.5, 2.0})));
      NDArray x = d.sample(new Shape(100));
      assertTrue(d.support().check(x).all().getBoolean());

      Transform t = Bijections.bijectTo(d.support());
      assertInstanceOf(AboveTwoTransform.class, t);
      NDArray z = m.create(new double[] {-3, 0, 4});
      assertTrue(AboveTwo.INSTANCE.check(t.forward(z)).all().getBoolean());
      assertClose(t.inverse(t.forward(z)), z, 1e-9, 1e-12);

      // log|dy/dx| against autograd
      NDArray zg = m.create(new double[] {-3, 0, 4});
      zg.setRequiresGradient(true);
      try (GradientCollector gc = Backend.newGradientCollector()) {
        gc.backward(t.forward(zg).sum());
      }
      assertClose(t.logAbsDetJacobian(z, t.forward(z)), zg.getGradient().log(), 1e-9, 1e-12);

      NDArray p = Pyrite.param("third_party_p", 3.0, d.support());
      assertClose(p.toType(ai.djl.ndarray.types.DataType.FLOAT64, false).getDouble(), 3.0, 1e-6, 0);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void itsKlPairDispatchesAlsoThroughWrappers(String engine) {
    Engines.use(engine, 5);
    try (Scope s = Scope.open()) {
      NDManager m = Backend.manager();
      ShiftedExponential p = new ShiftedExponential(m.create(new double[] {2.0, 1.0}));
      ShiftedExponential q = new ShiftedExponential(m.create(new double[] {0.5, 1.0}));
      double expected = Math.log(4) + 0.25 - 1;
      assertClose(KL.divergence(p, q), m.create(new double[] {expected, 0}), 1e-12, 1e-12);
      assertClose(KL.divergence(p.toEvent(1), q.toEvent(1)).getDouble(), expected, 1e-12, 1e-12);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void theReferenceCheckerChecksItWithoutNewCode(String engine) throws Exception {
    Engines.use(engine, 5);
    String json =
        "{\"distributions\": [{\"id\": \"ShiftedExponential/0\", \"name\": \"ShiftedExponential\","
            + " \"params\": {\"rate\": 2.0}, \"x\": [2.5], \"log_prob\": [-0.30685281944005466],"
            + " \"mean\": 2.5}],"
            + " \"transforms\": [{\"id\": \"t/0\", \"registry\": \"biject_to\", \"constraint\":"
            + " \"above_two\", \"constraint_args\": {}, \"domain_event_dim\": 0,"
            + " \"codomain_event_dim\": 0, \"x\": [0.0], \"y\": [2.6931471805599454],"
            + " \"log_abs_det_jacobian\": [-0.6931471805599453], \"inverse_y\": [0.0]}]}";
    Report r = new ReferenceChecker().check(new ObjectMapper().readTree(json));
    assertEquals("7 passed, 0 failed", r.summary(), r.failures().toString());
  }
}
