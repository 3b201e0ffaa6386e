package dev.pyrite.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.testkit.Engines;
import org.junit.jupiter.api.Test;

/** Validation errors name the distribution, parameter, value and constraint. */
class ValidationTest {
  @Test
  void invalidParameterIsNamed() {
    Engines.use("MXNet", 0);
    try (Scope s = Scope.open()) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> new Normal(0, -1));
      assertEquals(
          "Normal: parameter scale must satisfy the constraint positive, but found invalid"
              + " values: [-1.0] (shape ())",
          e.getMessage());
    }
  }

  @Test
  void valueOutsideSupportIsNamed() {
    Engines.use("MXNet", 0);
    try (Scope s = Scope.open()) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> new Beta(2, 2).logProb(Backend.manager().create(new float[] {0.5f, 1.5f})));
      assertEquals(
          "Beta: the value argument must be within the support unit_interval, but found invalid"
              + " values: [1.5]",
          e.getMessage());
    }
  }
}
