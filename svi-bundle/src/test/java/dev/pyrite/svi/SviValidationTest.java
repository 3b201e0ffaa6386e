package dev.pyrite.svi;

import static dev.pyrite.Pyrite.param;
import static dev.pyrite.Pyrite.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import dev.pyrite.Backend;
import dev.pyrite.ParamStore;
import dev.pyrite.distributions.Bernoulli;
import dev.pyrite.distributions.Distributions;
import dev.pyrite.distributions.Normal;
import dev.pyrite.distributions.constraints.Constraints;
import dev.pyrite.optim.Adam;
import dev.pyrite.spi.Model;
import dev.pyrite.testkit.Engines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SVI validates the first step (Pyro's {@code enable_validation}), skips the checks on later steps
 * unless validation is forced on, and still names the step and param of a non-finite gradient
 * although it reads back only one number per step.
 */
class SviValidationTest {
  /** Observes one Bernoulli value; 2.0 lies outside the support but has a finite log-density. */
  private static final Model<Double> MODEL =
      y -> {
        NDArray p = param("p", 0.3, Constraints.unitInterval());
        sample("y", new Bernoulli(p), Backend.scalar(y));
      };

  private static final Model<Double> NO_GUIDE = y -> {};

  @AfterEach
  void restoreDefault() {
    dev.pyrite.ValidationSwitch.reset();
  }

  private static SVI<Double> svi() {
    return new SVI<>(MODEL, NO_GUIDE, new Adam(0.01), new TraceElbo());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void firstStepValidatesTheData(String engine) {
    Engines.use(engine, 0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> svi().step(2.0));
    assertEquals(
        "Error while computing log_prob at site \"y\":\n"
            + "Bernoulli: the value argument must be within the support boolean, but found invalid"
            + " values: [2.0]\n"
            + "Trace Shapes:\n"
            + " Param Sites:\n"
            + "            p\n"
            + "Sample Sites:\n"
            + "       y dist |\n"
            + "        value |\n",
        e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void laterStepsSkipValidation(String engine) {
    Engines.use(engine, 0);
    SVI<Double> svi = svi();
    svi.step(1.0);
    double loss = svi.step(2.0);
    // unvalidated, y = 2 gives the finite -(2 log p - log(1 - p))
    assertTrue(Double.isFinite(loss), "loss " + loss);
    assertTrue(Distributions.isValidation(), "the step restores the thread's setting");
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void forcedValidationChecksEveryStep(String engine) {
    Engines.use(engine, 0);
    Distributions.setValidation(true);
    SVI<Double> svi = svi();
    svi.step(1.0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> svi.step(2.0));
    assertTrue(e.getMessage().contains("Bernoulli: the value argument must be"), e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void validationOffSkipsTheFirstStepToo(String engine) {
    Engines.use(engine, 0);
    Distributions.setValidation(false);
    assertTrue(Double.isFinite(svi().step(2.0)));
  }

  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void nonFiniteGradientNamesStepAndParam(String engine) {
    Engines.use(engine, 0);
    // the loss is finite at w = 0 but d sqrt(w)/dw is not
    Model<Double> model =
        y -> {
          NDArray w = param("w", 0.0);
          sample("y", new Normal(w.sqrt(), Backend.scalar(1.0)), Backend.scalar(y));
        };
    SVI<Double> svi = new SVI<>(model, NO_GUIDE, new Adam(0.01), new TraceElbo());
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> svi.step(0.5));
    assertEquals(
        "SVI step 1: non-finite gradient of param \"w\"; no param was updated. Check the model's"
            + " parameters and the learning rate",
        e.getMessage());
    assertEquals(0.0, ParamStore.global().unconstrained("w").getFloat(), 0.0);
    assertFalse(ParamStore.global().unconstrained("w").isNaN().any().getBoolean());
  }
}
