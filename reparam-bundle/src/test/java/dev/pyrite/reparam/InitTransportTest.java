package dev.pyrite.reparam;

import static dev.pyrite.Pyrite.plate;
import static dev.pyrite.Pyrite.sample;
import static dev.pyrite.reparam.ReparamTesting.array;
import static dev.pyrite.reparam.ReparamTesting.latentSites;
import static dev.pyrite.testkit.Assertions.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.Handler;
import dev.pyrite.Plate;
import dev.pyrite.Scope;
import dev.pyrite.distributions.Gamma;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.TransformedDistribution;
import dev.pyrite.distributions.transforms.ExpTransform;
import dev.pyrite.handlers.Handlers;
import dev.pyrite.handlers.Trace;
import dev.pyrite.init.InitHandler;
import dev.pyrite.init.InitStrategies;
import dev.pyrite.mcmc.ModelPotential;
import dev.pyrite.spi.InitStrategy;
import dev.pyrite.spi.Message;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reparameterizer moves init values: under every init strategy the reparameterised model
 * starts at the model point the original model starts at (with the same seed, so also for the
 * random strategies), through {@link ReparamInit#aware} with today's {@code InitHandler} and
 * through the {@link ReparamInit#INIT_HOOK} with an init handler that honours it.
 */
class InitTransportTest {
  private static final long SEED = 11;
  static final List<String> KINDS =
      List.of(
          "LocScale(0)",
          "LocScale(0.3)",
          "LocScale(learnable)",
          "Transform",
          "DiscreteCosine",
          "Haar",
          "Split",
          "Auto",
          "Nested");
  private static final List<String> STRATEGIES =
      List.of("value", "median", "mean", "feasible", "sample", "uniform");

  static Stream<Arguments> pairs() {
    List<Arguments> out = new ArrayList<>();
    for (String engine : Engines.all().toList()) {
      for (String kind : KINDS) {
        out.add(Arguments.of(engine, kind));
      }
    }
    return out.stream();
  }

  /** The original model of each case. */
  static Model<Void> model(String kind) {
    NDArray loc4 = array(0.5, -1.0, 2.0, 3.0);
    NDArray scale4 = array(0.7, 1.3, 2.5, 0.1);
    NDArray loc5 = array(0.5, -1.0, 2.0, 3.0, 0.0);
    NDArray scale5 = array(0.7, 1.3, 2.5, 0.1, 1.0);
    return switch (kind) {
      case "Transform" ->
          v -> {
            try (Plate data = plate("data", 4)) {
              NDArray x =
                  sample(
                      "x", new TransformedDistribution(new Normal(loc4, 0.5), new ExpTransform()));
              sample("y", new Normal(x, 1.0), x.onesLike());
            }
          };
      case "DiscreteCosine", "Haar" ->
          v -> {
            NDArray x = sample("x", new Normal(loc5, scale5).toEvent(1));
            sample("y", new Normal(x, 1.0).toEvent(1), x.onesLike());
          };
      case "Split" ->
          v -> {
            NDArray x = sample("x", new Gamma(scale5.add(1), loc5.abs().add(0.5)).toEvent(1));
            sample("y", new Normal(x, 1.0).toEvent(1), x.onesLike());
          };
      case "Auto" ->
          v -> {
            NDArray x = sample("x", new Normal(1.0, 2.0));
            NDArray z =
                sample("z", new TransformedDistribution(new Normal(0, 1), new ExpTransform()));
            NDArray g = sample("g", new Gamma(2.0, 1.0));
            sample("y", new Normal(x.mul(z).mul(g), 1.0), x.onesLike());
          };
      default ->
          v -> {
            try (Plate data = plate("data", 4)) {
              NDArray x = sample("x", new Normal(loc4, scale4));
              sample("y", new Normal(x, 1.0), x.onesLike());
            }
          };
    };
  }

  static Model<Void> reparameterised(String kind, Model<Void> model) {
    return switch (kind) {
      case "LocScale(0)" -> ReparamHandler.reparam(model, Map.of("x", new LocScaleReparam(0.0)));
      case "LocScale(0.3)" -> ReparamHandler.reparam(model, Map.of("x", new LocScaleReparam(0.3)));
      case "LocScale(learnable)" ->
          ReparamHandler.reparam(model, Map.of("x", new LocScaleReparam(null)));
      case "Transform" -> ReparamHandler.reparam(model, Map.of("x", new TransformReparam()));
      case "DiscreteCosine" ->
          ReparamHandler.reparam(model, Map.of("x", new DiscreteCosineReparam(-1)));
      case "Haar" -> ReparamHandler.reparam(model, Map.of("x", new HaarReparam(-1)));
      case "Split" ->
          ReparamHandler.reparam(model, Map.of("x", new SplitReparam(new int[] {2, 3}, -1)));
      case "Auto" -> ReparamHandler.reparam(model, new AutoReparam(null)::choose);
      case "Nested" ->
          ReparamHandler.reparam(
              ReparamHandler.reparam(model, Map.of("x", new LocScaleReparam(0.0))),
              Map.of("x_decentered", new LocScaleReparam(0.5)));
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static Map<String, NDArray> values(String kind) {
    Map<String, NDArray> v = new LinkedHashMap<>();
    switch (kind) {
      case "Transform" -> v.put("x", array(0.5, 1.0, 2.0, 3.0));
      case "DiscreteCosine", "Haar", "Split" -> v.put("x", array(0.25, 1.0, 2.0, 3.5, 0.75));
      case "Auto" -> {
        v.put("x", array(0.3).reshape());
        v.put("z", array(2.0).reshape());
        v.put("g", array(1.5).reshape());
      }
      default -> v.put("x", array(1.0, 2.0, -3.0, 0.25));
    }
    return v;
  }

  private static InitStrategy strategy(String name, Map<String, NDArray> values) {
    return switch (name) {
      case "value" -> InitStrategies.initToValue(values, InitStrategies.initToFeasible());
      case "median" -> InitStrategies.initToMedian(15);
      case "mean" -> InitStrategies.initToMean();
      case "feasible" -> InitStrategies.initToFeasible();
      case "sample" -> InitStrategies.initToSample();
      case "uniform" -> InitStrategies.initToUniform(2.0);
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** TransformedDistribution has no mean, so initToMean fails on such sites with and without. */
  private static boolean applicable(String kind, String strategy) {
    return !(strategy.equals("mean") && (kind.equals("Transform") || kind.equals("Auto")));
  }

  private static Trace traceUnder(Handler init, Model<Void> model) {
    Backend.seed(SEED);
    return Handlers.trace(init.wrap(model), null);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pairs")
  void everyInitStrategyStartsAtTheSameModelPoint(String engine, String kind) {
    Engines.use(engine, SEED);
    for (String name : STRATEGIES) {
      if (!applicable(kind, name)) {
        continue;
      }
      try (Scope s = Scope.open()) {
        Map<String, NDArray> values = values(kind);
        Model<Void> model = model(kind);
        Model<Void> re = reparameterised(kind, model);
        InitStrategy base = strategy(name, values);
        Trace plain = traceUnder(new InitHandler(base), model);
        Trace aware = traceUnder(new InitHandler(ReparamInit.aware(base)), re);
        Trace hooked = traceUnder(new HookInitHandler(base), re);
        String label = kind + " x " + name + ": ";
        for (String site : values.keySet()) {
          NDArray expected = plain.node(site).value();
          Message original = plain.node(site);
          for (Trace t : List.of(aware, hooked)) {
            NDArray actual = t.node(site).value();
            assertClose(actual, expected, 1e-5, 1e-5);
            assertTrue(original.fn().support().check(actual).all().getBoolean(), label + site);
          }
          if (name.equals("value")) {
            assertClose(aware.node(site).value(), values.get(site), 1e-5, 1e-5);
          }
        }
        if (!kind.equals("Auto")) {
          assertFalse(latentSites(aware).contains("x"), label + latentSites(aware));
          assertEquals(latentSites(aware), latentSites(hooked), label);
        }
      }
    }
  }

  /** The random strategies really are random: another seed gives another start. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pairs")
  void randomStrategiesDependOnTheSeed(String engine, String kind) {
    Engines.use(engine, SEED);
    try (Scope s = Scope.open()) {
      Model<Void> re = reparameterised(kind, model(kind));
      InitStrategy sample = ReparamInit.aware(InitStrategies.initToSample());
      NDArray first = traceUnder(new InitHandler(sample), re).node("x").value();
      Backend.seed(SEED + 1);
      NDArray second = Handlers.trace(new InitHandler(sample).wrap(re), null).node("x").value();
      assertTrue(first.sub(second).abs().sum().getFloat() > 0, kind);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pairs")
  void mcmcStartsFromInitToValueAtTheGivenPoint(String engine, String kind) {
    Engines.use(engine, SEED);
    try (Scope s = Scope.open()) {
      Map<String, NDArray> values = values(kind);
      Model<Void> re = reparameterised(kind, model(kind));
      InitStrategy init = ReparamInit.aware(InitStrategies.initToValue(values));
      ModelPotential u = new ModelPotential(re, null, init, 2);
      assertFalse(u.siteNames().contains("x"), String.valueOf(u.siteNames()));
      Map<String, NDArray> start = u.unpack(u.initialPosition());
      for (int chain = 0; chain < 2; chain++) {
        Map<String, NDArray> row = new LinkedHashMap<>();
        for (Map.Entry<String, NDArray> e : start.entrySet()) {
          row.put(e.getKey(), e.getValue().get(chain));
        }
        Trace t = Handlers.trace(Handlers.substitute(re, row), null);
        for (String site : values.keySet()) {
          assertClose(t.node(site).value(), values.get(site), 1e-4, 1e-4);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void aValueOutsideTheOriginalSupportIsRejectedWithTheSite(String engine) {
    Engines.use(engine, SEED);
    try (Scope s = Scope.open()) {
      Model<Void> re = reparameterised("Split", model("Split"));
      InitStrategy init =
          ReparamInit.aware(InitStrategies.initToValue(Map.of("x", array(1, 2, -3, 4, 5))));
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Handlers.trace(new InitHandler(init).wrap(re), null));
      assertEquals(
          "init strategy gave site \"x\" a value outside its support independent(nonnegative, 1)"
              + " (before SplitReparam(sections=[2, 3], dim=-1) moved it to its auxiliary sites);"
              + " give a value in the support",
          e.getMessage());
    }
  }

  /** Without a reparameterizer at work the wrapper is the strategy itself. */
  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void awareStrategyLeavesOrdinarySitesToTheWrappedOne(String engine) {
    Engines.use(engine, SEED);
    try (Scope s = Scope.open()) {
      Map<String, NDArray> values = values("LocScale(0)");
      Function<InitStrategy, Trace> run =
          st -> traceUnder(new InitHandler(st), model("LocScale(0)"));
      InitStrategy base = InitStrategies.initToValue(values);
      assertClose(run.apply(ReparamInit.aware(base)).node("x").value(), values.get("x"), 0.0, 0.0);
    }
  }
}
