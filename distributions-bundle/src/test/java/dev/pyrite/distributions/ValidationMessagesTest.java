package dev.pyrite.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.PluginRegistry;
import dev.pyrite.Scope;
import dev.pyrite.distributions.kl.KL;
import dev.pyrite.spi.DistributionProvider;
import dev.pyrite.testkit.Engines;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The error texts users see are part of the contract: each names the distribution, the parameter or
 * value, the offending values and the constraint (or the fix).
 */
class ValidationMessagesTest {
  /** An action that must fail, with the message it must fail with. */
  record Case(String label, Function<NDManager, Object> action, String message) {
    @Override
    public String toString() {
      return label;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
            new Case(
                "HalfNormal scale",
                m -> new HalfNormal(m.create(-1.0)),
                "HalfNormal: parameter scale must satisfy the constraint positive, but found"
                    + " invalid values: [-1.0] (shape ())"),
            new Case(
                "Uniform bounds",
                m -> new Uniform(m.create(new double[] {0, 1}), m.create(new double[] {1, 0.5})),
                "Uniform: parameter high must satisfy the constraint greater_than(low), but found"
                    + " invalid values: [0.5] (shape (2))"),
            new Case(
                "Binomial total_count",
                m -> new Binomial(m.create(2.5), m.create(0.3)),
                "Binomial: parameter total_count must satisfy the constraint nonnegative_integer,"
                    + " but found invalid values: [2.5] (shape ())"),
            new Case(
                "Categorical probs",
                m -> new Categorical(m.create(new double[] {-0.5, 1.5})),
                "Categorical: parameter probs must satisfy the constraint simplex, but found"
                    + " invalid values: [-0.5, 1.5] (shape (2))"),
            new Case(
                "Geometric probs",
                m -> new Geometric(m.create(0.0)),
                "Geometric: parameter probs must satisfy the constraint positive_unit_interval (0 <"
                    + " p <= 1), but found invalid values: [0.0] (shape ())"),
            new Case(
                "Multinomial total_count",
                m -> new Multinomial(-1, m.create(new double[] {0.5, 0.5})),
                "Multinomial: parameter total_count must satisfy the constraint"
                    + " nonnegative_integer, but found invalid values: [-1]"),
            new Case(
                "Poisson value",
                m -> new Poisson(m.create(3.0)).logProb(m.create(new double[] {2, -1, 0.5})),
                "Poisson: the value argument must be within the support nonnegative_integer, but"
                    + " found invalid values: [-1.0, 0.5]"),
            new Case(
                "Pareto value",
                m -> new Pareto(m.create(1.0), m.create(3.0)).logProb(m.create(0.5)),
                "Pareto: the value argument must be within the support greater_than_eq(1.0), but"
                    + " found invalid values: [0.5]"),
            new Case(
                "Exponential value",
                m -> new Exponential(m.create(2.0)).logProb(m.create(-0.5)),
                "Exponential: the value argument must be within the support nonnegative, but found"
                    + " invalid values: [-0.5]"),
            new Case(
                "enumerate a continuous family",
                m -> new Normal(m.create(0.0), m.create(1.0)).enumerateSupport(true),
                "Normal has no finite discrete support to enumerate; enumeration needs a"
                    + " distribution such as Bernoulli, Categorical or Binomial"),
            new Case(
                "enumerate Binomial with several total counts",
                m ->
                    new Binomial(m.create(new double[] {2, 3}), m.create(new double[] {0.5, 0.5}))
                        .enumerateSupport(false),
                "Binomial: enumerateSupport needs one total_count for the whole batch, but it"
                    + " ranges from 2.0 to 3.0; enumerate each total count separately"),
            new Case(
                "KL without a rule",
                m -> KL.divergence(new Normal(m.create(0.0), m.create(1.0)), new Gumbel(0, 1)),
                "KL: no rule for KL(Normal || Gumbel); registered pairs: "),
            new Case(
                "mixture with the wrong number of components",
                m ->
                    new MixtureSameFamily(
                        new Categorical(m.create(new double[] {0.5, 0.5})),
                        new Normal(m.create(new double[] {0, 1, 2}), m.create(1.0))),
                "MixtureSameFamily: the component's rightmost batch dimension must have the"
                    + " mixture's 2 categories, but the component batch shape is (3); put the"
                    + " components along the last batch dimension"),
            new Case(
                "provider with probs and logits",
                m ->
                    PluginRegistry.get()
                        .find(DistributionProvider.class, "Binomial")
                        .create(
                            Map.of(
                                "total_count", m.create(3.0),
                                "probs", m.create(0.5),
                                "logits", m.create(0.0))),
                "Binomial takes exactly one of probs or logits, but got both"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void errorTextIsPinned(Case c) {
    Engines.use("MXNet", 0);
    try (Scope s = Scope.open()) {
      RuntimeException e =
          assertThrows(RuntimeException.class, () -> c.action().apply(Backend.manager()));
      String message = e.getMessage();
      if (c.message().endsWith(": ")) {
        assertEquals(
            c.message(), message.substring(0, Math.min(message.length(), c.message().length())));
      } else {
        assertEquals(c.message(), message);
      }
    }
  }

  @Test
  void validationCanBeSwitchedOff() {
    Engines.use("MXNet", 0);
    try (Scope s = Scope.open();
        Distributions.Validation off = Distributions.validation(false)) {
      NDManager m = Backend.manager();
      new HalfNormal(m.create(-1.0));
      new Poisson(m.create(3.0)).logProb(m.create(-1.0));
      assertEquals(new Shape(), new Exponential(m.create(-2.0)).batchShape());
    }
  }
}
