package dev.pyrite.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.types.Shape;
import dev.pyrite.Backend;
import dev.pyrite.Scope;
import dev.pyrite.spi.Distribution;
import dev.pyrite.testkit.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Sampling and scoring every family in a loop of scopes leaves no arrays behind. */
class MemoryTest {
  @ParameterizedTest
  @MethodSource("dev.pyrite.testkit.Engines#all")
  void liveArraysStayFlat(String engine) {
    Engines.use(engine, 1);
    int before = -1;
    for (int i = 0; i < 5; i++) {
      try (Scope s = Scope.open()) {
        for (FamilyCatalog.Entry f : FamilyCatalog.all()) {
          Distribution d = f.make().apply(Backend.manager());
          d.logProb(d.sample(new Shape(3)));
        }
      }
      if (i == 0) {
        before = Backend.liveArrays();
      }
    }
    assertEquals(before, Backend.liveArrays());
  }
}
